import type { KopaIo } from '../control/control-types.js';
import { partnershipRoom } from '../control/control-types.js';

/**
 * Tells every open page of a partnership's members that its glossary changed (after the change is
 * stored): they fetch it again, as each may see it. The event carries no words, so guests learn
 * nothing of proposals from it.
 */
export class GlossaryEvents {
  constructor(private readonly io: Pick<KopaIo, 'to'>) {}

  changed(partnershipId: string): void {
    this.io.to(partnershipRoom(partnershipId)).emit('glossary:changed', { partnershipId });
  }
}
