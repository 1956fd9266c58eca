/**
 * When what someone may do changes (a pupil leaves a team, an account is switched
 * off, an item is deleted, a partnership archived), every open connection in that
 * partnership is checked again at once: the rule is asked anew, nothing is cached.
 */
export interface AccessListener {
  accessChanged(partnershipId: string): void;
}

export class AccessChanges {
  private readonly listeners: AccessListener[] = [];

  subscribe(listener: AccessListener): void {
    this.listeners.push(listener);
  }

  /** Call after the change is committed to the database. */
  notify(partnershipId: string): void {
    for (const listener of this.listeners) listener.accessChanged(partnershipId);
  }
}
