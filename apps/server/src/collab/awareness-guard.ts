import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS } from '@kopa/protocol';
import { MalformedMessageError } from './sync-messages.js';

/**
 * Awareness (carets, names) is relayed to every reader, so the server rewrites
 * what a connection claims before relaying it: the name and colour on a caret
 * are the authenticated user's, and a connection can only speak for the
 * awareness clients it introduced, never remove or overwrite someone else's.
 */
export interface AwarenessIdentity {
  name: string;
  color: string;
}

/** At most this many awareness clients per connection (one per Y.Doc instance; reloads add more). */
const MAX_CLIENTS_PER_CONNECTION = 8;

export function sanitizeAwarenessUpdate(
  update: Uint8Array,
  identity: AwarenessIdentity,
  ownedByThisConnection: ReadonlySet<number>,
  ownedByAnother: (clientId: number) => boolean,
): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  let owned = ownedByThisConnection.size;

  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (ownedByAnother(clientId)) continue;
    const isNew = !ownedByThisConnection.has(clientId);
    if (isNew && owned >= MAX_CLIENTS_PER_CONNECTION) continue;
    const state = rewriteState(json, identity);
    if (state === undefined) continue;
    if (isNew) owned++;
    kept.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in awareness update');

  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** The state as JSON with the identity enforced; `undefined` drops an entry too large to relay. */
function rewriteState(json: string, identity: AwarenessIdentity): string | undefined {
  if (json.length > LIMITS.maxAwarenessStateBytes) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new MalformedMessageError('awareness state is not JSON');
  }
  if (state === null) return 'null'; // the client going away
  if (typeof state !== 'object' || Array.isArray(state)) {
    throw new MalformedMessageError('awareness state is not an object');
  }
  return JSON.stringify({ ...state, name: identity.name, color: identity.color });
}
