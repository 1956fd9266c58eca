import { spaceRoom } from '@kopa/protocol';
import type { KopaIo } from '../control/control-types.js';
import type { ItemRecord } from './space-repository.js';

/**
 * Tells the open pages of an item's space (the item's own page among them) that it was renamed or
 * given another language, after the change is stored: they fetch it again, as each may see it.
 * Only those allowed to read the space are in its room (presence-gateway.ts).
 */
export class ItemEvents {
  constructor(private readonly io: Pick<KopaIo, 'to'>) {}

  changed(item: Pick<ItemRecord, 'id' | 'spaceId'>): void {
    this.io.to(spaceRoom(item.spaceId)).emit('item:changed', { spaceId: item.spaceId, itemId: item.id });
  }
}
