import { isPluralElement, parse, TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogs, createTranslator, LOCALES, negotiateLocale, type Locale, type MessageId } from '../src/index.js';

/** The names of the arguments a message uses ({name}, {count, plural, …}). */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && element.type !== TYPE.literal && typeof element.value === 'string') found.add(element.value);
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

describe('message catalogs', () => {
  const ids = Object.keys(catalogs.en) as MessageId[];

  for (const locale of LOCALES) {
    it(`${locale}: every message is valid ICU with the same arguments as English`, () => {
      expect(Object.keys(catalogs[locale]).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        const english = argumentsOf(parse(catalogs.en[id]));
        const translated = argumentsOf(parse(catalogs[locale][id]));
        expect([...translated].sort(), `${locale} ${id}`).toEqual([...english].sort());
      }
    });
  }

  /**
   * Messages a language may keep exactly as English: the name, messages that are only their arguments and
   * punctuation, and words the language really shares with English (each listed with the language).
   */
  const SAME_AS_ENGLISH: Readonly<Record<Exclude<Locale, 'en'>, readonly string[]>> = {
    lv: [],
    es: ['space.boardColumn.ideas', 'nav.blog', 'blog.title', 'board.zoom', 'board.zoomLevel', 'live.tab.chat', 'live.chatSettings.title', 'liveSummary.chat'],
    it: [
      'nav.home', 'login.password', 'editor.link', 'join.email', 'join.password', 'pupils.column.password',
      'pupils.cards.password', 'nav.blog', 'blog.title', 'blog.post.language',
      'blog.reaction.wow', 'moderation.review.space', 'board.zoom', 'live.panel.inSpace', 'live.tab.chat',
      'live.timer.title', 'live.chatSettings.title', 'liveSummary.chat', 'offline.status.offlineReading',
      'exports.site.home',
    ],
    ro: [
      'item.type.doc', 'editor.link', 'admin.role', 'join.email', 'nav.blog', 'blog.title', 'board.tool.text',
      'board.kind.text', 'board.zoom', 'live.tab.chat', 'live.chatSettings.title', 'liveSummary.chat',
      'practices.linkType.doc', 'offline.status.offlineReading', 'showcase.approval.badgePublic',
      'showcase.public.kind.doc', 'exports.title',
    ],
    bg: [],
    mk: [],
    fr: [
      'space.count.doc', 'space.boardColumn.questions', 'item.type.doc', 'item.actionsShort', 'nav.admin',
      'admin.title', 'licence.CC-BY-4.0', 'mobilities.dates', 'nav.blog', 'blog.title', 'board.tool.note',
      'board.kind.note', 'board.kind.rect', 'board.color.orange', 'board.zoom', 'wall.untitledColumn',
      'live.timer.minutes', 'live.timer.quickMinutes', 'live.timer.pause', 'live.pollForm.question',
      'liveSummary.poll', 'practices.linkType.doc', 'showcase.approval.badgePublic', 'showcase.consent.photo',
      'showcase.public.docs', 'showcase.public.kind.doc', 'showcase.public.licence',
    ],
    de: [
      'home.groupTeams', 'space.kind.team', 'editor.link', 'nav.teams', 'teams.title', 'teams.defaultName',
      'nav.blog', 'blog.title', 'blog.reaction.wow', 'postEdit.status.label', 'postEdit.details',
      'nav.moderation', 'moderation.title', 'moderation.review.space', 'board.tool.hand', 'board.tool.text',
      'board.kind.text', 'board.color.orange', 'board.zoom', 'live.panel.inSpace', 'live.tab.chat',
      'live.timer.title', 'live.locks.whichTeam', 'live.locks.team', 'live.chatSettings.title',
      'liveSummary.chat', 'offline.status.offlineReading', 'showcase.public.practice.links',
      'exports.format.site',
    ],
    pt: ['editor.link', 'join.email', 'board.zoom', 'board.zoomLevel', 'live.tab.chat', 'live.chatSettings.title', 'liveSummary.chat', 'showcase.public.practice.links'],
  };
  // Only the arguments and punctuation: nothing to translate.
  const nothingToTranslate = (message: string) => !/\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, ''));

  for (const locale of LOCALES.filter((each) => each !== 'en')) {
    it(`${locale}: messages are translated, not copied from English`, () => {
      const same = ids.filter(
        (id) => id !== 'app.name' && catalogs[locale][id] === catalogs.en[id] && !nothingToTranslate(catalogs.en[id]),
      );
      expect(same).toEqual(SAME_AS_ENGLISH[locale]);
    });
  }

  it('Latvian quotes open low („…”), never with the English opening quote', () => {
    const english = ids.filter((id) => catalogs.lv[id].includes('“'));
    expect(english).toEqual([]);
  });

  it('plural rules follow each language', () => {
    const { t: en } = createTranslator('en');
    const { t: lv } = createTranslator('lv');
    expect(en('space.count.doc', { count: 1 })).toBe('1 document');
    expect(en('space.count.doc', { count: 3 })).toBe('3 documents');
    expect(en('space.count.board', { count: 1 })).toBe('1 board');
    expect(lv('space.count.doc', { count: 1 })).toBe('1 dokuments');
    expect(lv('space.count.doc', { count: 21 })).toBe('21 dokuments');
    expect(lv('space.count.doc', { count: 3 })).toBe('3 dokumenti');
    expect(lv('space.count.doc', { count: 10 })).toBe('10 dokumentu');
    expect(lv('space.count.board', { count: 1 })).toBe('1 tāfele');
    expect(lv('space.count.board', { count: 2 })).toBe('2 tāfeles');
    expect(lv('space.count.board', { count: 11 })).toBe('11 tāfeļu');
    expect(lv('error.too_many_attempts', { minutes: 1 })).toContain('1 minūti');
  });

  /** The plural elements of a message, nested ones included. */
  function pluralsOf(elements: MessageFormatElement[], found: PluralElement[] = []): PluralElement[] {
    for (const element of elements) {
      if (isPluralElement(element)) found.push(element);
      if ('options' in element) {
        for (const option of Object.values(element.options)) pluralsOf(option.value, found);
      }
    }
    return found;
  }
  const latvianPlurals = ids.filter((id) => pluralsOf(parse(catalogs.lv[id])).length > 0);

  it('every Latvian plural reads as Latvian for 0, 1, 2, 5, 10, 11, 21 and 100', () => {
    const { t: en } = createTranslator('en');
    const { t: lv } = createTranslator('lv');
    const wrong: string[] = [];
    for (const id of latvianPlurals) {
      const counted = new Set(pluralsOf(parse(catalogs.lv[id])).map((plural) => plural.value));
      for (const count of [0, 1, 2, 5, 10, 11, 21, 100]) {
        // Counts go to the plural arguments; every other argument gets a word no catalog uses.
        const values = Object.fromEntries(
          [...argumentsOf(parse(catalogs.lv[id]))].map((name) => [name, counted.has(name) ? count : `⟨${name}⟩`]),
        );
        const latvian = lv(id, values);
        if (latvian.trim() === '' || latvian === id || latvian === en(id, values)) wrong.push(`${id} (${count}): ${latvian}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every Latvian plural names its zero form (0, 10–20, 30, …), and the forms land where Latvian needs them', () => {
    const withoutZero = latvianPlurals.filter((id) =>
      pluralsOf(parse(catalogs.lv[id])).some((plural) => !('zero' in plural.options)),
    );
    expect(withoutZero).toEqual([]);
    const { t: lv } = createTranslator('lv');
    expect(lv('board.selectedMany', { count: 10 })).toBe('Atlasīts 10 lietu');
    expect(lv('board.selectedMany', { count: 21 })).toBe('Atlasīta 21 lieta');
    expect(lv('live.poll.votes', { count: 11, percent: 40 })).toBe('11 balsu (40%)');
    expect(lv('timeline.startsIn', { title: 'Rīga', days: 20 })).toBe('Rīga sākas pēc 20 dienām.');
    expect(lv('live.revert.sinceMinutes', { minutes: 1, time: '10:00' })).toBe('Pēdējā minūtē (kopš 10:00)');
  });
});

describe('negotiateLocale', () => {
  it('picks the first supported language the browser prefers', () => {
    expect(negotiateLocale(['lv-LV', 'en'])).toBe('lv');
    expect(negotiateLocale(['de-DE', 'en-GB'])).toBe('de');
    expect(negotiateLocale(['ro'])).toBe('ro');
    expect(negotiateLocale(['sv-SE', 'mk'])).toBe('mk');
    expect(negotiateLocale(['sv-SE', 'nb'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
