import type { BoardObject, BoardSnapshot } from '@kopa/board';
import { describe, expect, it } from 'vitest';
import { gatherAnnouncement, kindLabel, objectWords, selectionAnnouncement } from './object-description';

const note: BoardObject = { id: 'n1', type: 'note', order: 'a0', frameId: null, x: 0, y: 0, w: 200, h: 200, color: 'yellow', text: '  Ideas\nfor the   trip ', column: null, columnOrder: 'a0' };
const arrow: BoardObject = { id: 'l1', type: 'line', order: 'a1', frameId: null, x: 0, y: 0, w: 10, h: 0, color: 'black', arrow: true };
const snapshot: BoardSnapshot = { layout: 'canvas', objects: [note, arrow], byId: new Map<string, BoardObject>([[note.id, note], [arrow.id, arrow]]), columns: [] };
// Messages as ids with their values, so the test reads what was asked for.
const t = (id: string, values?: Record<string, unknown>) => `${id}${values ? JSON.stringify(values) : ''}`;

describe('object descriptions', () => {
  it('names kinds the way a pupil would', () => {
    expect(kindLabel(arrow)).toBe('board.kind.arrow');
    expect(kindLabel({ ...arrow, arrow: false })).toBe('board.kind.line');
    expect(kindLabel(note)).toBe('board.kind.note');
  });

  it('reads the words of a note on one line, shortened', () => {
    expect(objectWords(note)).toBe('Ideas for the trip');
    expect(objectWords({ ...note, text: 'x'.repeat(60) })).toHaveLength(40);
  });

  it('announces one object with its words, several by count, none as nothing', () => {
    expect(selectionAnnouncement(['n1'], snapshot, t)).toBe('board.selectedOneText{"kind":"board.kind.note","text":"Ideas for the trip"}');
    expect(selectionAnnouncement(['l1'], snapshot, t)).toBe('board.selectedOne{"kind":"board.kind.arrow"}');
    expect(selectionAnnouncement(['n1', 'l1'], snapshot, t)).toBe('board.selectedMany{"count":2}');
    expect(selectionAnnouncement(['gone'], snapshot, t)).toBe('board.selectedNone');
  });

  it('while gathering, names the object Tab is on, whether it is in the selection, and how many are', () => {
    expect(gatherAnnouncement('l1', ['n1'], snapshot, t)).toBe('board.focusNotInSelection{"thing":"board.kind.arrow","count":1}');
    expect(gatherAnnouncement('n1', ['n1', 'l1', 'gone'], snapshot, t)).toBe(
      'board.focusInSelection{"thing":"board.objectWithText{\\"kind\\":\\"board.kind.note\\",\\"text\\":\\"Ideas for the trip\\"}","count":2}',
    );
    expect(gatherAnnouncement('gone', [], snapshot, t)).toBe('board.selectedNone');
  });
});
