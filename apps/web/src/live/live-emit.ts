import type { LiveCommand, LivePayload, LiveResult } from '@kopa/protocol';

/** A live command's answer: its result, or why it was refused (`code` "timeout" when no answer came). */
export type LiveAck<C extends LiveCommand> = ({ ok: true } & LiveResult<C>) | { ok: false; error: string; code?: string };

/** The part of a Socket.IO client a live command needs: an emit with an acknowledgement and a time limit. */
export interface LiveEmitter {
  timeout(ms: number): { emit(event: string, payload: unknown, ack: (error: Error | null, response?: unknown) => void): unknown };
}

/** How long to wait for the server's answer (Socket.IO keeps an emit while offline and sends it on reconnection). */
export const LIVE_ACK_TIMEOUT_MS = 10_000;

/**
 * Sends one live command and resolves with the server's acknowledgement. It
 * never rejects: no answer in time, or an answer of the wrong shape, is a
 * refusal the caller shows like any other.
 */
export function emitLive<C extends LiveCommand>(
  socket: LiveEmitter,
  command: C,
  payload: LivePayload<C>,
  timeoutMs = LIVE_ACK_TIMEOUT_MS,
): Promise<LiveAck<C>> {
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(command, payload, (error, response) => {
      if (error) return resolve({ ok: false, error: 'No answer from the server', code: 'timeout' });
      if (!response || typeof response !== 'object' || typeof (response as { ok?: unknown }).ok !== 'boolean') {
        return resolve({ ok: false, error: 'An answer Kopa does not understand', code: 'invalid_response' });
      }
      resolve(response as LiveAck<C>);
    });
  });
}

/**
 * A fresh id for a create command (`clientId`), so a send retried after a
 * reconnection is not done twice. From getRandomValues: randomUUID exists only on
 * https and localhost, and a school may run Kopa on plain http in its network.
 */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
