import type { SaveState } from '@kopa/sync-client';
import { describe, expect, it } from 'vitest';
import { SAVE_STATUS_LABELS, saveStatus, SHORT_SAVE_STATUS_LABELS, waitsToSettle, type SaveStatus } from './save-status';

const state = (connection: SaveState['connection'], pending: boolean): SaveState => ({ connection, pending });

describe('saveStatus', () => {
  it('says "saved" only when connected and the server has confirmed everything', () => {
    expect(saveStatus(state('connected', false), true)).toBe('saved');
    expect(saveStatus(state('connected', true), true)).toBe('saving');
    expect(saveStatus(state('connecting', false), true)).not.toBe('saved');
    expect(saveStatus(state('disconnected', false), true)).not.toBe('saved');
  });

  it('offline, tells whether this device holds work the server does not have yet', () => {
    expect(saveStatus(state('disconnected', true), true)).toBe('offline-kept');
    expect(saveStatus(state('disconnected', false), true)).toBe('offline');
    // Trying to reach the server with unsaved work: it is on the device, not saved.
    expect(saveStatus(state('connecting', true), true)).toBe('offline-kept');
    expect(saveStatus(state('connecting', false), true)).toBe('connecting');
  });

  it('for those who only read: whether they see it live, never "saved"', () => {
    expect(saveStatus(state('connected', false), false)).toBe('live');
    expect(saveStatus(state('disconnected', false), false)).toBe('offline-reading');
    expect(saveStatus(state('connecting', false), false)).toBe('connecting');
  });

  it('has words for every status, from the catalogs', () => {
    const all: SaveStatus[] = ['saved', 'saving', 'offline-kept', 'offline', 'connecting', 'live', 'offline-reading'];
    expect(all.map((status) => SAVE_STATUS_LABELS[status])).toEqual([
      'offline.status.saved',
      'offline.status.saving',
      'offline.status.offlineKept',
      'offline.status.offline',
      'offline.status.connecting',
      'offline.status.live',
      'offline.status.offlineReading',
    ]);
    // Fewer words on a phone's board, never other news: offline stays offline, saved stays saved.
    expect(SHORT_SAVE_STATUS_LABELS.saved).toBe('offline.status.short.saved');
    expect(SHORT_SAVE_STATUS_LABELS['offline-kept']).toBe('offline.status.short.offlineKept');
    expect(SHORT_SAVE_STATUS_LABELS.offline).toBe('offline.status.offlineReading');
    expect(SHORT_SAVE_STATUS_LABELS.saving).toBe('offline.status.saving');
  });
});

describe('waitsToSettle', () => {
  it('only the step from "Saving…" to "saved" waits; nothing else does, and "saved" never lingers', () => {
    expect(waitsToSettle('saving', 'saved')).toBe(true);
    expect(waitsToSettle('saved', 'saving')).toBe(false);
    expect(waitsToSettle('saved', 'offline')).toBe(false);
    expect(waitsToSettle('saving', 'offline-kept')).toBe(false);
    expect(waitsToSettle('offline-kept', 'saved')).toBe(false);
    expect(waitsToSettle('connecting', 'saved')).toBe(false);
  });
});
