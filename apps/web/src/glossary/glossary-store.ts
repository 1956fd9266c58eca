import type { GlossaryList, GlossaryTerm } from '@kopa/protocol';
import { glossaryApi } from './glossary-api';

export type GlossaryState =
  | { status: 'loading' }
  | { status: 'ready'; list: GlossaryList }
  /** `list`: the last one that came, still shown (and still highlighted) while the connection is away. */
  | { status: 'failed'; error: unknown; list: GlossaryList | null };

/**
 * One partnership's glossary in this tab, shared by everything that shows it (the glossary page, the
 * highlighters of every text, their cards): fetched once, fetched again when told (a change over the
 * control plane, the tab coming back into focus), a fetch asked for while one runs done once after it.
 */
export class GlossaryStore {
  private state: GlossaryState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private fetching = false;
  private again = false;
  private started = false;

  constructor(private readonly partnershipId: string) {}

  get current(): GlossaryState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.started) {
      this.started = true;
      this.refresh();
    }
    return () => this.listeners.delete(listener);
  };

  refresh = (): void => {
    if (this.fetching) {
      this.again = true;
      return;
    }
    this.fetching = true;
    glossaryApi.list(this.partnershipId).then(
      (list) => this.set({ status: 'ready', list }),
      (error: unknown) => this.set({ status: 'failed', error, list: this.lastList() }),
    ).finally(() => {
      this.fetching = false;
      if (this.again) {
        this.again = false;
        this.refresh();
      }
    });
  };

  /** A term as the server answered a change: shown at once, before the next fetch confirms it. */
  put(term: GlossaryTerm): void {
    const list = this.lastList();
    if (!list) return;
    const known = list.terms.some((each) => each.id === term.id);
    const terms = known ? list.terms.map((each) => (each.id === term.id ? term : each)) : [...list.terms, term];
    this.set({ status: 'ready', list: { ...list, terms } });
  }

  drop(termId: string): void {
    const list = this.lastList();
    if (list) this.set({ status: 'ready', list: { ...list, terms: list.terms.filter((term) => term.id !== termId) } });
  }

  private lastList(): GlossaryList | null {
    return this.state.status === 'loading' ? null : this.state.list;
  }

  private set(state: GlossaryState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const stores = new Map<string, GlossaryStore>();

/** The tab's store of a partnership's glossary (made on first use). */
export function glossaryStore(partnershipId: string): GlossaryStore {
  let store = stores.get(partnershipId);
  if (!store) {
    store = new GlossaryStore(partnershipId);
    stores.set(partnershipId, store);
  }
  return store;
}
