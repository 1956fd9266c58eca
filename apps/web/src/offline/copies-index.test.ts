import { describe, expect, it } from 'vitest';
import { copiesToEvict, copiesToForget, copyOfItem, parseCopies, withOpened, without, withUnsaved, type CopyEntry } from './copies-index';
import { isCopyOf, localCopyName } from './local-copy-name';

const entry = (docId: string, unsaved: boolean, itemId = `item-${docId}`): CopyEntry => ({
  docId,
  itemId,
  kind: 'doc',
  title: `Title ${docId}`,
  lastOpened: 1,
  unsaved,
});

describe('local copy names', () => {
  it('are per person and item: pupils sharing a laptop never open each other’s copies', () => {
    expect(localCopyName('u1', 'd1')).toBe('kopa:u1:d1');
    expect(localCopyName('u1', 'd1')).not.toBe(localCopyName('u2', 'd1'));
    expect(isCopyOf('u1', localCopyName('u1', 'd9'))).toBe(true);
    expect(isCopyOf('u1', localCopyName('u12', 'd9'))).toBe(false);
    expect(isCopyOf('u1', 'kopa-api')).toBe(false);
  });
});

describe('the copies index', () => {
  it('reads what was stored, and nothing from junk', () => {
    expect(parseCopies(null)).toEqual([]);
    expect(parseCopies('not json')).toEqual([]);
    expect(parseCopies('{"docId":"d1"}')).toEqual([]);
    const stored = JSON.stringify([entry('d1', true), { docId: 'd2' }, 7, null, entry('d1', false), { ...entry('d3', false), kind: 'spreadsheet' }]);
    expect(parseCopies(stored)).toEqual([entry('d1', true)]);
  });

  it('keeps a copy whose saved state it cannot read (it is only deleted later, never lost)', () => {
    const { unsaved: _unsaved, ...rest } = entry('d1', false);
    expect(parseCopies(JSON.stringify([rest]))[0]?.unsaved).toBe(true);
    expect(parseCopies(JSON.stringify([{ ...rest, unsaved: 'no' }]))[0]?.unsaved).toBe(true);
    expect(parseCopies(JSON.stringify([{ ...rest, title: 3, lastOpened: 'x' }]))[0]).toMatchObject({ title: '', lastOpened: 0 });
  });

  it('opening puts the copy first with the new details, keeping whether it holds unsaved work', () => {
    const before = [entry('d1', false), entry('d2', true)];
    const opened = withOpened(before, { docId: 'd2', itemId: 'item-d2', kind: 'doc', title: 'Renamed' }, 99);
    expect(opened).toEqual([{ ...entry('d2', true), title: 'Renamed', lastOpened: 99 }, entry('d1', false)]);
    const fresh = withOpened(before, { docId: 'd3', itemId: 'i3', kind: 'board', title: 'Plans' }, 100);
    expect(fresh[0]).toEqual({ docId: 'd3', itemId: 'i3', kind: 'board', title: 'Plans', lastOpened: 100, unsaved: false });
    expect(fresh).toHaveLength(3);
  });

  it('records unsaved work per copy, and leaves unknown copies alone', () => {
    const before = [entry('d1', false), entry('d2', false)];
    expect(withUnsaved(before, 'd2', true)).toEqual([entry('d1', false), entry('d2', true)]);
    expect(withUnsaved(before, 'd9', true)).toEqual(before);
    // Nothing changed: the same entries (nothing to write).
    expect(withUnsaved(before, 'd1', false)[0]).toBe(before[0]);
    expect(without(before, 'd1')).toEqual([entry('d2', false)]);
  });

  it('at logout, forgets the copies the server has and keeps those with unsaved work', () => {
    const { forget, keep } = copiesToForget([entry('d1', false), entry('d2', true), entry('d3', false)]);
    expect(forget.map((copy) => copy.docId)).toEqual(['d1', 'd3']);
    expect(keep.map((copy) => copy.docId)).toEqual(['d2']);
  });

  it('keeps the device from filling up: the oldest saved copies go, never one with unsaved work', () => {
    const entries = [
      { ...entry('new', false), lastOpened: 50 },
      { ...entry('old-unsaved', true), lastOpened: 1 },
      { ...entry('old', false), lastOpened: 2 },
      { ...entry('middle', false), lastOpened: 30 },
    ];
    expect(copiesToEvict(entries, 2).map((copy) => copy.docId)).toEqual(['old']);
    expect(copiesToEvict(entries, 3)).toEqual([]);
    expect(copiesToEvict(entries, 0).map((copy) => copy.docId)).toEqual(['new', 'middle', 'old']);
  });

  it('finds an item’s copy by the item (what a page that cannot open it knows)', () => {
    const entries = [entry('d1', false, 'i1'), entry('d2', true, 'i2')];
    expect(copyOfItem(entries, 'i2')?.docId).toBe('d2');
    expect(copyOfItem(entries, 'i3')).toBeUndefined();
  });
});
