import { createTranslator } from '@kopa/i18n';
import { describe, expect, it } from 'vitest';
import { revertWords } from './revert-result';

describe('revertWords', () => {
  const { t: en } = createTranslator('en');
  const { t: lv } = createTranslator('lv');
  const say = (t: typeof en, ...args: Parameters<typeof revertWords>) => {
    const { id, values } = revertWords(...args);
    return t(id, { ...values, name: 'Lucía', title: 'Our first words' });
  };

  it('says nothing changed when nothing went or came back', () => {
    expect(revertWords({ removed: 0, restored: 0 }, 'doc').id).toBe('live.revert.nothing');
    expect(say(en, { removed: 0, restored: 0 }, 'board')).toBe(
      'Nothing changed: there was nothing of Lucía’s left to take back in “Our first words” from that time.',
    );
  });

  it('counts characters in documents and posts, in plain words', () => {
    expect(say(en, { removed: 42, restored: 10 }, 'doc')).toBe(
      'Done: took away 42 characters that Lucía wrote, and brought back 10 characters that Lucía deleted.',
    );
    expect(say(en, { removed: 1, restored: 0 }, 'post')).toBe('Done: took away 1 character that Lucía wrote.');
    expect(say(en, { removed: 0, restored: 3 }, 'doc')).toBe('Done: brought back 3 characters that Lucía deleted.');
    expect(say(lv, { removed: 42, restored: 1 }, 'doc')).toBe(
      'Gatavs: noņemtas 42 rakstzīmes, ko rakstīja Lucía, un atjaunota 1 rakstzīme, ko Lucía izdzēsa.',
    );
    expect(say(lv, { removed: 21, restored: 0 }, 'doc')).toBe('Gatavs: noņemta 21 rakstzīme, ko rakstīja Lucía.');
  });

  it('speaks of changes and things on a board', () => {
    expect(revertWords({ removed: 2, restored: 0 }, 'board').id).toBe('live.revert.boardRemoved');
    expect(revertWords({ removed: 0, restored: 2 }, 'board').id).toBe('live.revert.boardRestored');
    expect(say(en, { removed: 3, restored: 1 }, 'board')).toBe(
      'Done: undid 3 changes that Lucía made on the board, and put back 1 thing that Lucía removed or moved.',
    );
  });
});
