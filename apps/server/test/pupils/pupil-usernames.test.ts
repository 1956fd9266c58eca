import { describe, expect, it } from 'vitest';
import { pupilUsernames, usernameNumbers, usernameStem } from '../../src/pupils/pupil-usernames.js';

describe('pupil usernames', () => {
  it('spell names from any alphabet in plain a–z', () => {
    const cases: Array<[string, string]> = [
      ['Jānis', 'janis'],
      ['Ģirts', 'girts'],
      ['Ķēniņš', 'kenins'],
      ['Ștefan', 'stefan'],
      ['Ioana-Maria', 'ioanamaria'],
      ['Юлия', 'yuliya'],
      ['Lucía', 'lucia'],
      ["D'Arcy", 'darcy'],
      ['Zoë', 'zoe'],
      ['Ἀθηνᾶ', 'athina'],
    ];
    for (const [name, stem] of cases) expect(usernameStem(name), name).toBe(stem);
  });

  it('write the Serbian and Macedonian letters the library misses as those pupils write them', () => {
    const cases: Array<[string, string]> = [
      ['Ђорђе', 'djordje'],
      ['Đorđe', 'djordje'],
      ['Ћирило', 'cirilo'],
      ['Ѓорѓи', 'gjorgji'],
      ['Ѓорѓи'.normalize('NFD'), 'gjorgji'],
      ['Ќирил', 'kjiril'],
      ['Џеки', 'dzeki'],
      ['Ѕвонко', 'dzvonko'],
      ['Љубица', 'ljubitsa'],
      ['Његош', 'njegosh'],
      ['Јована', 'jovana'],
      ['ǅemal', 'dzemal'],
    ];
    for (const [name, stem] of cases) expect(usernameStem(name), name).toBe(stem);
  });

  it('fall back to a plain word when nothing can be spelled in Latin letters, and stay short', () => {
    expect(usernameStem('日本')).toBe('pupil');
    expect(usernameStem('Maximilianus-Alexandrus').length).toBeLessThanOrEqual(16);
  });

  it('number only when needed, never with 0 or 1', () => {
    const numbers = usernameNumbers();
    const first = Array.from({ length: 12 }, () => numbers.next().value);
    expect(first).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '22', '23', '24', '25']);
  });

  it('are unique within the list and against those taken, with the country after a dot', () => {
    const taken = new Set(['anna.lv', 'anna3.lv']);
    const usernames = pupilUsernames(['Anna', 'Anna', 'Anna', 'ANNA', 'Jānis', 'Ђорђе'], 'LV', (name) => taken.has(name));
    expect(usernames).toEqual(['anna2.lv', 'anna4.lv', 'anna5.lv', 'anna6.lv', 'janis.lv', 'djordje.lv']);
    for (const username of usernames) expect(username).toMatch(/^[a-z0-9]+\.[a-z]{2}$/);
  });
});
