/**
 * The origin of a change the server makes to a live document on someone's
 * behalf (restoring a version): observers of stored updates see who did it,
 * as they see the user of a CollabConnection.
 */
export class ServerEdit {
  /**
   * @param clientAuthors Yjs client ids of the change that carry someone else's
   *   words (blocks a restore brings back), with the user who wrote them; every
   *   other client id of the change is `userId`'s.
   */
  constructor(
    readonly userId: string,
    readonly clientAuthors: ReadonlyMap<number, string> = new Map(),
  ) {}

  /** Who the change's content under `clientId` is by. */
  authorOf(clientId: number): string {
    return this.clientAuthors.get(clientId) ?? this.userId;
  }
}
