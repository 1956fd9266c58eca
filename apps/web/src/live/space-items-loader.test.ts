import { describe, expect, it } from 'vitest';
import { SpaceItemsLoader } from './space-items-loader';

interface Space {
  items: { id: string }[];
}

/** A fetch the test answers by hand, counting the calls. */
function harness(lists: string[][]) {
  const waiting: { resolve(space: Space): void; reject(error: Error): void }[] = [];
  let calls = 0;
  const loaded: string[][] = [];
  const loader = new SpaceItemsLoader<Space>(
    () => {
      calls += 1;
      return new Promise<Space>((resolve, reject) => waiting.push({ resolve, reject }));
    },
    (space) => loaded.push(space.items.map((item) => item.id)),
  );
  const answer = async (failing = false) => {
    const next = waiting.shift();
    if (!next) throw new Error('no fetch is waiting');
    if (failing) next.reject(new Error('offline'));
    else next.resolve({ items: (lists.shift() ?? []).map((id) => ({ id })) });
    // Let the promise's callbacks run.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { loader, answer, calls: () => calls, waiting: () => waiting.length, loaded };
}

describe('SpaceItemsLoader', () => {
  it('fetches once at the start, and again for an item someone is on that the list lacks', async () => {
    const { loader, answer, calls, loaded } = harness([['doc1'], ['doc1', 'board2']]);
    loader.load();
    await answer();
    loader.want(['doc1']);
    expect(calls()).toBe(1);
    loader.want(['doc1', 'board2']);
    expect(calls()).toBe(2);
    await answer();
    expect(loaded).toEqual([['doc1'], ['doc1', 'board2']]);
    loader.want(['doc1', 'board2']);
    expect(calls()).toBe(2);
  });

  it('never asks twice about an item the new list still lacks (another space’s, one it does not show)', async () => {
    const { loader, answer, calls } = harness([['doc1'], ['doc1'], ['doc1']]);
    loader.load();
    await answer();
    loader.want(['elsewhere']);
    await answer();
    for (let i = 0; i < 5; i += 1) loader.want(['elsewhere']);
    expect(calls()).toBe(2);
    // A different unknown item is asked about once more.
    loader.want(['elsewhere', 'other']);
    expect(calls()).toBe(3);
  });

  it('keeps one fetch in flight: items seen meanwhile wait for its answer, which may already hold them', async () => {
    const { loader, answer, calls, waiting } = harness([['doc1', 'new'], ['doc1', 'new', 'later']]);
    loader.load();
    loader.want(['new']);
    loader.want(['new', 'later']);
    expect(calls()).toBe(1);
    await answer();
    // "new" came with the first list; "later" did not: one more fetch for it.
    expect(calls()).toBe(2);
    expect(waiting()).toBe(1);
    await answer();
    expect(calls()).toBe(2);
  });

  it('a reload asked for while a fetch is out (rights changed) follows it, once', async () => {
    const { loader, answer, calls } = harness([['doc1'], ['doc1'], ['doc1']]);
    loader.load();
    loader.load();
    loader.load();
    expect(calls()).toBe(1);
    await answer();
    expect(calls()).toBe(2);
    await answer();
    expect(calls()).toBe(2);
  });

  it('a failed fetch is not retried on its own, and nothing happens after stop', async () => {
    const { loader, answer, calls, loaded } = harness([['doc1']]);
    loader.load();
    await answer(true);
    loader.want(['board2']);
    expect(calls()).toBe(1);
    loader.load();
    loader.stop();
    await answer();
    expect(loaded).toEqual([]);
    loader.want(['board3']);
    loader.load();
    expect(calls()).toBe(2);
  });
});
