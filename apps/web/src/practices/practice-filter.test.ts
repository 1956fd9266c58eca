import { describe, expect, it } from 'vitest';
import { chipsOf, filterFromSearch, isFiltered, NO_FILTER, practiceQueryString, searchFromFilter, toggled } from './practice-filter';

describe('the inventory filter', () => {
  it('keeps the filter in the address and reads it back', () => {
    const filter = { search: 'enu teatri', themes: ['cultural heritage', 'inclusion'], countries: ['LV'], languages: ['lv', 'es'] };
    const search = searchFromFilter(filter);
    expect(search).toBe('?q=enu+teatri&theme=cultural+heritage&theme=inclusion&country=LV&language=lv&language=es');
    expect(filterFromSearch(search)).toEqual(filter);
    expect(searchFromFilter(NO_FILTER)).toBe('');
    expect(filterFromSearch('')).toEqual(NO_FILTER);
  });

  it('reads addresses typed or shared by hand: case, repeats, blanks and unknown parameters', () => {
    expect(filterFromSearch('?country=lv&country=LV&language=IT&theme=&theme=x&theme=x&page=3&q=' + 'a'.repeat(150))).toEqual({
      search: 'a'.repeat(100),
      themes: ['x'],
      countries: ['LV'],
      languages: ['it'],
    });
  });

  it('asks the server for one page, with the words trimmed and every chosen value', () => {
    expect(practiceQueryString(NO_FILTER, { offset: 0, limit: 20 })).toBe('?limit=20');
    expect(practiceQueryString({ ...NO_FILTER, search: '  "gijón" OR  ', countries: ['ES', 'IT'] }, { offset: 40, limit: 20 })).toBe(
      '?q=%22gij%C3%B3n%22+OR&country=ES&country=IT&offset=40&limit=20',
    );
  });

  it('switches values on and off, and says whether anything is chosen', () => {
    const one = toggled(NO_FILTER, 'themes', 'inclusion');
    expect(one.themes).toEqual(['inclusion']);
    expect(isFiltered(one)).toBe(true);
    expect(toggled(one, 'themes', 'inclusion')).toEqual(NO_FILTER);
    expect(isFiltered({ ...NO_FILTER, search: '  ' })).toBe(false);
  });

  it('shows the values found, and keeps a chosen value nothing carries any more', () => {
    expect(chipsOf([{ value: 'ES', count: 3 }, { value: 'LV', count: 1 }], ['LV', 'RO'])).toEqual([
      { value: 'ES', count: 3, chosen: false },
      { value: 'LV', count: 1, chosen: true },
      { value: 'RO', count: 0, chosen: true },
    ]);
  });
});
