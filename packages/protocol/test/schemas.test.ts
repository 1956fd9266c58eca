import { describe, expect, it } from 'vitest';
import { colorForUser, createItemBodySchema, describeValidationError, loginBodySchema, personLabel, USER_COLORS } from '../src/index.js';

describe('request schemas', () => {
  it('accept a login and trim the username', () => {
    expect(loginBodySchema.parse({ username: '  janis ', password: 'kopa-demo' })).toEqual({
      username: 'janis',
      password: 'kopa-demo',
    });
  });

  it('name the field at fault in plain words', () => {
    const missing = loginBodySchema.safeParse({ username: 'janis' });
    expect(missing.success).toBe(false);
    if (!missing.success) {
      expect(describeValidationError(missing.error, { username: 'janis' })).toEqual({
        message: 'password: Enter your password',
        field: 'password',
        problem: { kind: 'required' },
      });
    }
    const blank = createItemBodySchema.safeParse({ title: '   ' });
    if (!blank.success) {
      expect(describeValidationError(blank.error)).toEqual({ message: 'title: Give it a title', field: 'title', problem: { kind: 'required' } });
    }
    expect(blank.success).toBe(false);
  });

  it('creates documents by default, boards with a layout and the wall’s first columns', () => {
    expect(createItemBodySchema.parse({ title: 'Notes' })).toEqual({ type: 'doc', title: 'Notes' });
    expect(createItemBodySchema.parse({ title: 'Plan', type: 'board', layout: 'wall', columns: [' Ideas ', 'Plans'] })).toEqual({
      type: 'board',
      title: 'Plan',
      layout: 'wall',
      columns: ['Ideas', 'Plans'],
    });
    expect(createItemBodySchema.safeParse({ title: 'Plan', type: 'board', layout: 'spiral' }).success).toBe(false);
    expect(createItemBodySchema.safeParse({ title: 'Plan', type: 'board', columns: [''] }).success).toBe(false);
    expect(createItemBodySchema.safeParse({ title: 'Notes', type: 'sheet' }).success).toBe(false);
  });
});

describe('people on screen', () => {
  it('each person keeps one colour from the palette', () => {
    expect(colorForUser('user-1')).toBe(colorForUser('user-1'));
    expect(USER_COLORS).toContain(colorForUser('user-2'));
    const used = new Set(Array.from({ length: 200 }, (_, i) => colorForUser(`user-${i}`)));
    expect(used.size).toBe(USER_COLORS.length);
  });

  it('labels a person with their country', () => {
    expect(personLabel('Jānis', 'LV')).toBe('Jānis (LV)');
    expect(personLabel('Guest', null)).toBe('Guest');
  });
});
