import { describe, expect, it } from 'vitest';
import { joinRuns } from './reading-runs';

describe('joinRuns', () => {
  it('joins runs of one block and language, and starts anew at each change of block or language', () => {
    const runs = [
      { text: 'We said ', lang: 'en', block: 1 },
      { text: 'Labdien', lang: 'lv', block: 1 },
      { text: '! to ', lang: 'en', block: 1 },
      { text: 'our ', lang: 'en', block: 1 },
      { text: 'hosts.', lang: 'en', block: 1 },
      { text: 'Day two', lang: 'en', block: 2 },
    ];
    expect(joinRuns(runs)).toEqual([
      { text: 'We said', lang: 'en', block: 1 },
      { text: 'Labdien', lang: 'lv', block: 1 },
      { text: '! to our hosts.', lang: 'en', block: 1 },
      { text: 'Day two', lang: 'en', block: 2 },
    ]);
  });

  it('leaves out empty pieces and the invisible characters editors leave behind', () => {
    const runs = [
      { text: '\u200b  ', lang: 'en', block: 1 },
      { text: 'Sveiki\ufeff\n  draugi', lang: 'lv', block: 2 },
    ];
    expect(joinRuns(runs)).toEqual([{ text: 'Sveiki draugi', lang: 'lv', block: 2 }]);
  });
});
