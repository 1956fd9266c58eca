/**
 * The origin of a change the server makes to a live document on someone's
 * behalf (restoring a version): observers of stored updates see who did it,
 * as they see the user of a CollabConnection.
 */
export class ServerEdit {
  constructor(readonly userId: string) {}
}
