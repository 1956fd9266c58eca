import type { Partnership, Practice, SpaceSummary } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { bodyOf, checkDraft, choicesOf, draftOf, linkableSpaces, NO_PENDING_URL, serverFieldError, webAddress, withLink, withPendingUrl } from './practice-draft';

const practice: Practice = {
  id: 'p1',
  partnership: { id: 'A', title: 'Together' },
  title: 'Cocina',
  summary: 'Cooking',
  targetGroup: 'Pupils',
  outcomes: 'A book',
  themes: ['inclusion'],
  countries: ['ES'],
  languages: ['es'],
  links: [
    { kind: 'item', itemId: 'i1', title: 'Recipes', type: 'doc', archived: false },
    { kind: 'url', url: 'https://example.org', label: 'Site' },
  ],
  public: true,
  createdBy: null,
  createdAt: 1,
  updatedAt: 2,
  mine: true,
  canEdit: true,
};

describe('the practice form', () => {
  it('starts a new practice in the writer’s country, and an existing one as it is', () => {
    expect(draftOf(null, 'LV')).toMatchObject({ title: '', countries: ['LV'], public: false, links: [] });
    expect(draftOf(null, null).countries).toEqual([]);
    const draft = draftOf(practice, 'LV');
    expect(draft.links).toEqual([
      { kind: 'item', itemId: 'i1', title: 'Recipes', type: 'doc' },
      { kind: 'url', url: 'https://example.org', label: 'Site' },
    ]);
    expect(bodyOf({ ...draft, title: '  Cocina  ', summary: ' x ' })).toEqual({
      title: 'Cocina',
      summary: 'x',
      targetGroup: 'Pupils',
      outcomes: 'A book',
      themes: ['inclusion'],
      countries: ['ES'],
      languages: ['es'],
      links: [{ kind: 'item', itemId: 'i1' }, { kind: 'url', url: 'https://example.org', label: 'Site' }],
      public: true,
    });
  });

  it('asks for a title and keeps texts within the server’s limits', () => {
    expect(checkDraft(draftOf(null, null))).toEqual({ title: { id: 'practices.form.titleRequired' } });
    expect(checkDraft({ ...draftOf(practice, null), summary: 'x'.repeat(4001) })).toEqual({ summary: { id: 'practices.form.tooLong', values: { max: 4000 } } });
    expect(checkDraft(draftOf(practice, null))).toEqual({});
  });

  it('says which part of the form the server refused', () => {
    expect(serverFieldError('links.2.itemId')?.[0]).toBe('links');
    expect(serverFieldError('links.2.itemId')?.[1].id).toBe('practices.form.linkGone');
    expect(serverFieldError('links.0.url')?.[1].id).toBe('practices.form.urlInvalid');
    expect(serverFieldError('countries.0')).toEqual(['countries', { id: 'practices.form.choiceUnknown' }]);
    expect(serverFieldError('title')?.[0]).toBe('title');
    expect(serverFieldError(undefined)).toBeNull();
    expect(serverFieldError('somethingElse')).toBeNull();
  });

  it('takes web addresses only: http(s), a bare domain made https, never javascript: or data:', () => {
    expect(webAddress(' https://example.org/a?b=1#c ')).toBe('https://example.org/a?b=1#c');
    expect(webAddress('http://example.org')).toBe('http://example.org');
    expect(webAddress('example.org/recetas')).toBe('https://example.org/recetas');
    expect(webAddress('//example.org')).toBe('https://example.org');
    for (const bad of ['', 'recipes', 'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'https://', 'https://exa mple.org', 'mailto:a@b.c']) {
      expect(webAddress(bad), bad).toBeNull();
    }
  });

  it('adds a link once', () => {
    const links = withLink([], { kind: 'url', url: 'https://example.org', label: '' });
    expect(withLink(links, { kind: 'url', url: 'https://example.org', label: 'again' })).toHaveLength(1);
    expect(withLink(links, { kind: 'item', itemId: 'i1', title: 'Recipes', type: 'doc' })).toHaveLength(2);
  });

  it('never drops an address still being typed when saving: it is added, or must be fixed first', () => {
    const links = withLink([], { kind: 'item', itemId: 'i1', title: 'Recipes', type: 'doc' });
    expect(withPendingUrl(links, NO_PENDING_URL)).toEqual(links);
    expect(withPendingUrl(links, { url: ' example.org/book ', label: ' The book ' })).toEqual([
      ...links,
      { kind: 'url', url: 'https://example.org/book', label: 'The book' },
    ]);
    expect(withPendingUrl(links, { url: 'javascript:alert(1)', label: '' })).toBeNull();
  });

  it('offers the partnership’s items not linked yet, space by space, and its themes, countries and languages', () => {
    const space = (id: string, partnershipId: string, items: [string, string][]): SpaceSummary =>
      ({
        id,
        title: `Space ${id}`,
        partnershipId,
        kind: 'team',
        teamId: null,
        mobilityId: null,
        canEdit: true,
        items: items.map(([itemId, title]) => ({ id: itemId, title, type: 'doc', docId: itemId, canEdit: true, archived: false, locked: false })),
      }) as unknown as SpaceSummary;
    const spaces = [space('s1', 'A', [['i1', 'Recipes'], ['i2', 'Map']]), space('s2', 'B', [['i3', 'Other']]), space('s3', 'A', [['i1b', 'x']])];
    expect(linkableSpaces(spaces, 'A', [{ kind: 'item', itemId: 'i1', title: 'Recipes', type: 'doc' }])).toEqual([
      { spaceId: 's1', title: 'Space s1', items: [{ id: 'i2', title: 'Map', type: 'doc' }] },
      { spaceId: 's3', title: 'Space s3', items: [{ id: 'i1b', title: 'x', type: 'doc' }] },
    ]);
    const partnership = {
      themes: ['diversity'],
      languages: [],
      schools: [
        { id: '1', name: 'a', city: 'a', country: 'LV', languages: ['lv', 'en'] },
        { id: '2', name: 'b', city: 'b', country: 'ES', languages: ['es', 'en'] },
        { id: '3', name: 'c', city: 'c', country: 'LV', languages: ['lv'] },
      ],
    } as unknown as Partnership;
    expect(choicesOf(partnership)).toEqual({ themes: ['diversity'], countries: ['LV', 'ES'], languages: ['lv', 'en', 'es'] });
    expect(choicesOf({ ...partnership, languages: ['en', 'lv'] }).languages).toEqual(['en', 'lv']);
  });
});
