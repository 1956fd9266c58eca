import { describe, expect, it } from 'vitest';
import { emitLive, newClientId, type LiveEmitter } from './live-emit';

/** A socket that answers each emit as told, recording what was sent. */
function fakeSocket(answer: (event: string, payload: unknown) => { error: Error | null; response?: unknown }) {
  const sent: { event: string; payload: unknown; timeout: number }[] = [];
  const socket: LiveEmitter = {
    timeout: (ms) => ({
      emit: (event, payload, ack) => {
        sent.push({ event, payload, timeout: ms });
        const { error, response } = answer(event, payload);
        queueMicrotask(() => ack(error, response));
      },
    }),
  };
  return { socket, sent };
}

describe('emitLive', () => {
  it('sends the command with its payload and resolves with the acknowledgement', async () => {
    const { socket, sent } = fakeSocket(() => ({ error: null, response: { ok: true, sessionId: 'live1' } }));
    const ack = await emitLive(socket, 'live:start', { spaceId: 's1', title: 'Maps' });
    expect(ack).toEqual({ ok: true, sessionId: 'live1' });
    expect(sent).toEqual([{ event: 'live:start', payload: { spaceId: 's1', title: 'Maps' }, timeout: 10_000 }]);
  });

  it('passes a refusal on', async () => {
    const { socket } = fakeSocket(() => ({ error: null, response: { ok: false, error: 'Muted', code: 'muted' } }));
    expect(await emitLive(socket, 'live:chat-send', { sessionId: 'live1', body: 'hi' })).toEqual({ ok: false, error: 'Muted', code: 'muted' });
  });

  it('turns no answer, or a strange one, into a refusal', async () => {
    const late = fakeSocket(() => ({ error: new Error('operation has timed out') }));
    expect(await emitLive(late.socket, 'live:leave', { sessionId: 'live1' }, 50)).toMatchObject({ ok: false, code: 'timeout' });
    expect(late.sent[0]?.timeout).toBe(50);
    const odd = fakeSocket(() => ({ error: null, response: 'yes' }));
    expect(await emitLive(odd.socket, 'live:leave', { sessionId: 'live1' })).toMatchObject({ ok: false, code: 'invalid_response' });
  });
});

describe('newClientId', () => {
  it('makes a different 32-character id each time', () => {
    const a = newClientId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newClientId()).not.toBe(a);
  });
});
