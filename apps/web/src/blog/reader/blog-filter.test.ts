import { describe, expect, it } from 'vitest';
import { blogQuery, isFiltered, NO_FILTER, visitValue } from './blog-filter';

describe('the blog filter as a query', () => {
  it('asks for nothing when nothing is chosen', () => {
    expect(blogQuery(NO_FILTER)).toEqual({ q: undefined, theme: undefined, mobilityId: undefined, phase: undefined });
    expect(isFiltered({ ...NO_FILTER, search: '   ' })).toBe(false);
  });

  it('splits a visit with its phase, and ignores a phase it does not know', () => {
    expect(blogQuery({ search: ' bees ', theme: 'Nature', visit: visitValue('m1', 'during') })).toEqual({
      q: 'bees',
      theme: 'Nature',
      mobilityId: 'm1',
      phase: 'during',
    });
    expect(blogQuery({ ...NO_FILTER, visit: visitValue('m1') })).toMatchObject({ mobilityId: 'm1', phase: undefined });
    expect(blogQuery({ ...NO_FILTER, visit: 'm1:someday' })).toMatchObject({ mobilityId: 'm1', phase: undefined });
    expect(isFiltered({ ...NO_FILTER, visit: 'm1' })).toBe(true);
  });
});
