import { describe, expect, it } from 'vitest';
import {
  canGlossary,
  foldGlossaryText,
  languageOwnName,
  sortGlossaryTerms,
  createGlossaryTermBodySchema,
  GLOSSARY_ACTS,
  updateGlossaryTermBodySchema,
  type GlossaryAct,
  type Member,
  type Role,
} from '../src/index.js';

/** The glossary's rules written out as a table (role × act), then archiving, other partnerships and the bodies. */
const P = 'p-1';
const member = (role: Role, overrides: Partial<Member> = {}): Member => ({
  userId: `u-${role}`,
  partnershipId: P,
  role,
  schoolId: role === 'guest' ? null : 'school-1',
  teamIds: role === 'pupil' ? ['team-a'] : [],
  mobilityIds: [],
  active: true,
  ...overrides,
});
const partnership = (archived = false) => ({ type: 'partnership' as const, partnershipId: P, archived });

const allowed = (acts: string): Record<GlossaryAct, boolean> =>
  Object.fromEntries(GLOSSARY_ACTS.map((act) => [act, acts.split(' ').includes(act)])) as Record<GlossaryAct, boolean>;

const POLICY: Record<Role, Record<GlossaryAct, boolean>> = {
  coordinator: allowed('read read_proposals propose approve change delete'),
  teacher: allowed('read read_proposals propose approve change delete'),
  // Pupils propose words and see the other proposals; teachers decide.
  pupil: allowed('read read_proposals propose'),
  // Guests read the approved terms only.
  guest: allowed('read'),
};

describe('canGlossary', () => {
  for (const [role, acts] of Object.entries(POLICY) as [Role, Record<GlossaryAct, boolean>][]) {
    for (const act of GLOSSARY_ACTS) {
      it(`${role} ${acts[act] ? 'may' : 'may not'} ${act}`, () => {
        expect(canGlossary(member(role), act, partnership())).toBe(acts[act]);
      });
    }
  }

  it('in an archived partnership, everyone still reads and nobody changes anything', () => {
    for (const role of ['coordinator', 'teacher', 'pupil', 'guest'] as const) {
      for (const act of GLOSSARY_ACTS) {
        const reading = act === 'read' || (act === 'read_proposals' && role !== 'guest');
        expect(canGlossary(member(role), act, partnership(true)), `${role} ${act}`).toBe(reading);
      }
    }
  });

  it('nothing for another partnership, a switched-off account or nobody', () => {
    for (const act of GLOSSARY_ACTS) {
      expect(canGlossary(member('coordinator', { partnershipId: 'p-2' }), act, partnership())).toBe(false);
      expect(canGlossary(member('teacher', { active: false }), act, partnership())).toBe(false);
      expect(canGlossary(null, act, partnership())).toBe(false);
    }
  });
});

describe('glossary bodies', () => {
  it('takes words per language, trimmed and with single spaces', () => {
    const body = createGlossaryTermBodySchema.parse({ translations: { lv: '  pilsēta ', en: 'old   town' } });
    expect(body).toEqual({ translations: { lv: 'pilsēta', en: 'old town' }, pictureUploadId: null, pictureAlt: '', approve: false });
  });

  it('refuses no translation at all, an empty or too long word, and codes that are not languages', () => {
    const problem = (input: unknown) => createGlossaryTermBodySchema.safeParse(input).error?.issues[0];
    expect(problem({ translations: {} })?.message).toBe('Write the word in at least one language');
    expect(problem({})?.path).toEqual(['translations']);
    expect(problem({ translations: { lv: '   ' } })?.path).toEqual(['translations', 'lv']);
    expect(problem({ translations: { lv: 'a'.repeat(81) } })?.message).toBe('must be at most 80 characters');
    expect(createGlossaryTermBodySchema.safeParse({ translations: { lv: 'a'.repeat(80) } }).success).toBe(true);
    expect(problem({ translations: { Latvian: 'pilsēta' } })?.path).toEqual(['translations', 'Latvian']);
    expect(problem({ translations: { 'lv; DROP': 'x' } })).toBeDefined();
    expect(createGlossaryTermBodySchema.safeParse({ translations: { 'pt-BR': 'cidade' } }).success).toBe(true);
  });

  it('a picture needs its description', () => {
    const problem = createGlossaryTermBodySchema.safeParse({ translations: { en: 'town' }, pictureUploadId: 'up-1' }).error?.issues[0];
    expect(problem?.path).toEqual(['pictureAlt']);
    expect(createGlossaryTermBodySchema.safeParse({ translations: { en: 'town' }, pictureUploadId: 'up-1', pictureAlt: 'Roofs' }).success).toBe(true);
  });

  it('a change says what to change; sending nothing is refused', () => {
    expect(updateGlossaryTermBodySchema.safeParse({}).success).toBe(false);
    expect(updateGlossaryTermBodySchema.parse({ pictureUploadId: null })).toEqual({ pictureUploadId: null });
    expect(updateGlossaryTermBodySchema.parse({ translations: { es: 'ciudad' } })).toEqual({ translations: { es: 'ciudad' } });
  });
});

describe('glossary words', () => {
  it('folds case and accents, and runs of spaces', () => {
    expect(foldGlossaryText('Gijón')).toBe('gijon');
    expect(foldGlossaryText('PILSĒTA')).toBe('pilseta');
    expect(foldGlossaryText('  Timișoara   old  town ')).toBe('timisoara old town');
    expect(foldGlossaryText('ΟΔΟΣ')).toBe(foldGlossaryText('οδος'));
  });

  it('names each language in itself', () => {
    expect(languageOwnName('lv')).toBe('Latviešu');
    expect(languageOwnName('es')).toBe('Español');
    expect(languageOwnName('de')).toBe('Deutsch');
    expect(languageOwnName('qq')).toBe('qq');
  });

  it('sorts by the reader’s word when there is one, as their language sorts', () => {
    const terms: { id: string; translations: Record<string, string> }[] = [
      { id: 'c', translations: { lv: 'čiekurs', en: 'cone' } },
      { id: 'a', translations: { lv: 'cukurs', en: 'sugar' } },
      { id: 'z', translations: { en: 'apple' } },
    ];
    expect(sortGlossaryTerms(terms, 'lv').map((term) => term.id)).toEqual(['z', 'a', 'c']);
    expect(sortGlossaryTerms(terms, 'en').map((term) => term.id)).toEqual(['z', 'c', 'a']);
  });
});
