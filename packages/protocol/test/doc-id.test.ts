import { describe, expect, it } from 'vitest';
import { createDocId, docIdFromPath, isDocId } from '../src/index.js';

describe('docIds', () => {
  it('are random, URL-safe and recognised', () => {
    const ids = new Set(Array.from({ length: 1000 }, createDocId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(isDocId(id)).toBe(true);
    }
  });

  it('come out of sync paths, and nothing else does', () => {
    const id = createDocId();
    expect(docIdFromPath(`/yjs/${id}`)).toBe(id);
    expect(docIdFromPath(`/yjs/${id}/more`)).toBeNull();
    expect(docIdFromPath('/yjs/short')).toBeNull();
    expect(docIdFromPath('/yjs/../../etc/passwd')).toBeNull();
    expect(docIdFromPath(`/other/${id}`)).toBeNull();
    expect(isDocId(42)).toBe(false);
  });
});
