/**
 * Keeps the list of a lesson's space's items fresh without ever looping: a
 * board or document made during the lesson is asked for once, when someone is
 * seen on it, and an item that the new list still lacks (another space's, one
 * the server does not show here) is never asked about again.
 */
export class SpaceItemsLoader<Space extends { items: readonly { id: string }[] }> {
  /** The ids in the latest list; null before the first answer. */
  private known: ReadonlySet<string> | null = null;
  /** Ids a fetch was already made for: never a second one because of them. */
  private readonly asked = new Set<string>();
  private inFlight = false;
  /** Another fetch was asked for while one was on its way: one more, after it. */
  private again = false;
  /** Items someone is on, to look up once the list on its way (or the first one) is here. */
  private readonly pending = new Set<string>();
  private stopped = false;

  constructor(
    private readonly fetchSpace: () => Promise<Space>,
    private readonly onLoaded: (space: Space) => void,
  ) {}

  /** Fetches the list (the first time, and when rights changed); while one fetch is out, one more follows it. */
  load(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.fetchSpace().then(
      (space) => {
        if (this.stopped) return;
        this.known = new Set(space.items.map((item) => item.id));
        this.onLoaded(space);
        this.settle();
      },
      // Titles only: without them the roster says "another page". A failure is not retried on its own.
      () => this.settle(),
    );
  }

  /**
   * The items someone is on now (the page this person has open, the roster's):
   * any the list lacks and that were not asked about yet bring one fetch. Before
   * the first list, or while one is on its way, they wait for it: it may hold them.
   */
  want(itemIds: Iterable<string>): void {
    if (this.stopped) return;
    for (const id of itemIds) this.pending.add(id);
    if (!this.inFlight) this.lookUp();
  }

  stop(): void {
    this.stopped = true;
  }

  private settle(): void {
    this.inFlight = false;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.load();
      return;
    }
    this.lookUp();
  }

  /** The waiting ids the list lacks, each asked about once: one fetch for all of them. */
  private lookUp(): void {
    if (this.known === null) return;
    let missing = false;
    for (const id of this.pending) {
      if (this.known.has(id) || this.asked.has(id)) continue;
      this.asked.add(id);
      missing = true;
    }
    this.pending.clear();
    if (missing) this.load();
  }
}
