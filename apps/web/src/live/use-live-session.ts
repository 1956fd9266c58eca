import type {
  LiveChatMessage,
  LiveCommand,
  LivePayload,
  LiveSessionAnnouncement,
  LiveSessionState,
  Me,
} from '@kopa/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { kopaApi } from '../api/kopa-api';
import type { ControlSocket } from './ControlSocketProvider';
import { dropAnnouncement, mergeAnnouncements } from './live-announcements';
import { addMessage, removeMessage } from './live-chat';
import { emitLive, newClientId, type LiveAck, type LiveEmitter } from './live-emit';
import { liveNews, type LiveNews } from './live-news';
import { addReverted, dropReverted, parseReverted, type RevertedNote } from './live-reverted';

/** The session this person is in, as the server last described it. */
export interface JoinedSession {
  state: LiveSessionState;
  /** This device's clock when `state` arrived: with `state.now`, the offset countdowns are corrected by. */
  receivedAt: number;
  chat: LiveChatMessage[];
  /** When this person last sent a chat message (this device's clock), for slow mode. */
  lastSentAt: number | null;
  /** Counts the joins (the first, and each one after a reconnection): what was said on join is said again. */
  joins: number;
}

/** A lesson that ended while this person was in it. */
export interface EndedLesson {
  sessionId: string;
  spaceId: string;
  spaceName: string;
  summaryItemId: string | null;
}

/** The latest things worth announcing; `serial` changes each time, even for the same news. */
export interface LiveNewsBatch {
  serial: number;
  news: LiveNews[];
}

/** Commands about the joined session: the hook adds its id. */
export type SessionCommand = Exclude<LiveCommand, 'live:start' | 'live:join' | 'live:leave' | 'live:end' | 'live:chat-send'>;
type WithoutSession<T> = T extends unknown ? Omit<T, 'sessionId'> : never;
export type SessionPayload<C extends SessionCommand> = WithoutSession<LivePayload<C>>;

export interface LiveSessionApi {
  /** Every running session the user may join (from the REST list, then live:announce and live:ended). */
  running: LiveSessionAnnouncement[];
  session: JoinedSession | null;
  /** The id of a session being joined. */
  joining: string | null;
  ended: EndedLesson | null;
  news: LiveNewsBatch;
  /** A host took back this person's recent changes (live:reverted): said until closed, even after the lesson. */
  reverted: RevertedNote[];
  dismissReverted(itemId: string): void;
  start(spaceId: string, title: string): Promise<LiveAck<'live:start'>>;
  join(sessionId: string): Promise<LiveAck<'live:join'>>;
  leave(): Promise<void>;
  send<C extends SessionCommand>(command: C, payload: SessionPayload<C>): Promise<LiveAck<C>>;
  sendChat(body: string): Promise<LiveAck<'live:chat-send'>>;
  /** Ends the lesson for everyone (hosts); the summary is written in `language`; the ack carries its item id. */
  end(language?: string): Promise<LiveAck<'live:end'>>;
  dismissEnded(): void;
}

const STORAGE_KEY = 'kopa.live.session';
const REVERTED_KEY = 'kopa.live.reverted';

/** The joined session's id survives a reload of the tab (not a new tab, not a new login). */
function remembered(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(sessionId: string | null): void {
  try {
    if (sessionId) sessionStorage.setItem(STORAGE_KEY, sessionId);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage can be blocked: a reload then leaves the lesson, nothing else changes
  }
}

/** The notes about changes taken back, until closed: a reload of the tab keeps them (each person's own). */
function rememberedReverted(userId: string): RevertedNote[] {
  try {
    return parseReverted(sessionStorage.getItem(`${REVERTED_KEY}.${userId}`));
  } catch {
    return [];
  }
}

function rememberReverted(userId: string, notes: readonly RevertedNote[]): void {
  try {
    if (notes.length > 0) sessionStorage.setItem(`${REVERTED_KEY}.${userId}`, JSON.stringify(notes));
    else sessionStorage.removeItem(`${REVERTED_KEY}.${userId}`);
  } catch {
    // blocked storage: the notes last until the tab reloads
  }
}

/** The newer of two states of the same session (a pushed state can overtake the join's answer). */
function newer(a: LiveSessionState, b: LiveSessionState | null): LiveSessionState {
  return b && b.id === a.id && b.now > a.now ? b : a;
}

/**
 * The live-session side of the control socket: which lessons are running, the
 * one this person is in (its whole state after every change, its chat), and the
 * commands they send. Rejoins after a reconnection and after a reload of the tab.
 * The server decides everything; this only shows what it said.
 */
export function useLiveSession(socket: ControlSocket | null, me: Me): LiveSessionApi {
  const [running, setRunning] = useState<LiveSessionAnnouncement[]>([]);
  const [session, setSession] = useState<JoinedSession | null>(null);
  const [joining, setJoining] = useState<string | null>(null);
  const [ended, setEnded] = useState<EndedLesson | null>(null);
  const [news, setNews] = useState<LiveNewsBatch>({ serial: 0, news: [] });

  /** The session joined or being joined, for the event handlers (which outlive renders). */
  const sessionId = useRef<string | null>(null);
  /** The latest state of that session, to compare the next one with (news) and to bridge a join. */
  const latest = useRef<LiveSessionState | null>(null);
  /** Set while this person ends the lesson themselves: they go to the summary, without the note. */
  const endingId = useRef<string | null>(null);
  const partnershipId = me.partnershipId;
  const myId = me.id;
  // The provider is remade for each person who signs in (ControlSocketProvider's key): read once.
  const [reverted, setReverted] = useState<RevertedNote[]>(() => rememberedReverted(me.id));
  useEffect(() => rememberReverted(myId, reverted), [myId, reverted]);

  const emitter = socket as unknown as LiveEmitter | null;

  const clear = useCallback(() => {
    sessionId.current = null;
    latest.current = null;
    remember(null);
    setSession(null);
    setJoining(null);
  }, []);

  const finish = useCallback(
    (event: { sessionId: string; spaceId: string; summaryItemId: string | null }) => {
      setRunning((list) => dropAnnouncement(list, event.sessionId));
      if (event.sessionId !== sessionId.current) return;
      const spaceName = latest.current?.spaceName ?? '';
      if (endingId.current !== event.sessionId) {
        setEnded({ sessionId: event.sessionId, spaceId: event.spaceId, spaceName, summaryItemId: event.summaryItemId });
      }
      clear();
    },
    [clear],
  );

  const join = useCallback(
    async (id: string): Promise<LiveAck<'live:join'>> => {
      if (!emitter) return { ok: false, error: 'Not connected', code: 'network' };
      const previous = sessionId.current;
      if (previous && previous !== id) {
        // One lesson at a time.
        void emitLive(emitter, 'live:leave', { sessionId: previous });
        latest.current = null;
        setSession(null);
      }
      sessionId.current = id;
      setJoining(id);
      const ack = await emitLive(emitter, 'live:join', { sessionId: id });
      // Left, or joined another one, while waiting.
      if (sessionId.current !== id) return ack;
      setJoining(null);
      if (!ack.ok) {
        if (previous === id || remembered() === id) clear();
        else sessionId.current = null;
        return ack;
      }
      const state = newer(ack.state, latest.current);
      latest.current = state;
      remember(id);
      setEnded(null);
      const receivedAt = Date.now();
      setSession((current) => {
        const chat = ack.chat.reduce(addMessage, current?.state.id === id ? current.chat : []);
        return {
          state,
          receivedAt,
          chat,
          lastSentAt: current?.state.id === id ? current.lastSentAt : null,
          joins: (current?.joins ?? 0) + 1,
        };
      });
      return ack;
    },
    [emitter, clear],
  );

  // Server pushes: the state after each change, chat, announcements, the end.
  useEffect(() => {
    if (!socket) return;
    const onState = (next: LiveSessionState) => {
      if (next.id !== sessionId.current) return;
      if (next.endedAt !== null) {
        finish({ sessionId: next.id, spaceId: next.spaceId, summaryItemId: next.summaryItemId });
        return;
      }
      const previous = latest.current;
      latest.current = next;
      const found = liveNews(previous, next, myId);
      const receivedAt = Date.now();
      setSession((current) => (current && current.state.id === next.id ? { ...current, state: next, receivedAt } : current));
      if (found.length > 0) setNews((batch) => ({ serial: batch.serial + 1, news: found }));
    };
    const onChat = (event: { sessionId: string; message: LiveChatMessage }) => {
      setSession((current) => (current && current.state.id === event.sessionId ? { ...current, chat: addMessage(current.chat, event.message) } : current));
    };
    const onChatDeleted = (event: { sessionId: string; messageId: string }) => {
      setSession((current) =>
        current && current.state.id === event.sessionId ? { ...current, chat: removeMessage(current.chat, event.messageId) } : current,
      );
    };
    const onReverted = (event: { sessionId: string; itemId: string; itemTitle: string; byName: string }) => {
      // Sent to this person only, about the lesson they are in (or were in a moment ago): always worth telling.
      setReverted((notes) => addReverted(notes, { ...event, at: Date.now() }));
    };
    const onAnnounce = (announcement: LiveSessionAnnouncement) => setRunning((list) => mergeAnnouncements(list, [announcement]));
    const fetchRunning = () => {
      if (!partnershipId) return;
      kopaApi.liveSessions(partnershipId).then(
        ({ sessions }) => setRunning(mergeAnnouncements([], sessions)),
        // No list (an older server, a network hiccup): announcements still come over the socket.
        () => undefined,
      );
    };
    const onConnect = () => {
      fetchRunning();
      // Rooms do not survive a dropped connection: join again (after a reload too).
      const id = sessionId.current ?? remembered();
      if (id) void join(id);
    };
    socket.on('live:state', onState);
    socket.on('live:chat', onChat);
    socket.on('live:chat-deleted', onChatDeleted);
    socket.on('live:reverted', onReverted);
    socket.on('live:announce', onAnnounce);
    socket.on('live:ended', finish);
    socket.on('access:changed', fetchRunning);
    socket.on('connect', onConnect);
    if (socket.connected) onConnect();
    else fetchRunning();
    return () => {
      socket.off('live:state', onState);
      socket.off('live:chat', onChat);
      socket.off('live:chat-deleted', onChatDeleted);
      socket.off('live:reverted', onReverted);
      socket.off('live:announce', onAnnounce);
      socket.off('live:ended', finish);
      socket.off('access:changed', fetchRunning);
      socket.off('connect', onConnect);
    };
  }, [socket, partnershipId, myId, join, finish]);

  const start = useCallback(
    async (spaceId: string, title: string): Promise<LiveAck<'live:start'>> => {
      if (!emitter) return { ok: false, error: 'Not connected', code: 'network' };
      const ack = await emitLive(emitter, 'live:start', { spaceId, title });
      if (ack.ok) await join(ack.sessionId);
      return ack;
    },
    [emitter, join],
  );

  const leave = useCallback(async () => {
    const id = sessionId.current;
    clear();
    if (id && emitter) await emitLive(emitter, 'live:leave', { sessionId: id });
  }, [emitter, clear]);

  const send = useCallback(
    <C extends SessionCommand>(command: C, payload: SessionPayload<C>): Promise<LiveAck<C>> => {
      const id = sessionId.current;
      if (!emitter || !id) return Promise.resolve({ ok: false, error: 'Not in a session', code: 'not_found' });
      return emitLive(emitter, command, { ...payload, sessionId: id } as LivePayload<C>);
    },
    [emitter],
  );

  const sendChat = useCallback(
    async (body: string): Promise<LiveAck<'live:chat-send'>> => {
      const id = sessionId.current;
      if (!emitter || !id) return { ok: false, error: 'Not in a session', code: 'not_found' };
      const ack = await emitLive(emitter, 'live:chat-send', { sessionId: id, body, clientId: newClientId() });
      if (ack.ok) {
        const sentAt = Date.now();
        setSession((current) =>
          current && current.state.id === id ? { ...current, chat: addMessage(current.chat, ack.message), lastSentAt: sentAt } : current,
        );
      }
      return ack;
    },
    [emitter],
  );

  const end = useCallback(async (language?: string): Promise<LiveAck<'live:end'>> => {
    const id = sessionId.current;
    if (!emitter || !id) return { ok: false, error: 'Not in a session', code: 'not_found' };
    endingId.current = id;
    // The summary is written in the host's language and time zone.
    const ack = await emitLive(emitter, 'live:end', { sessionId: id, language, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    if (ack.ok) {
      setRunning((list) => dropAnnouncement(list, id));
      if (sessionId.current === id) clear();
    } else {
      endingId.current = null;
    }
    return ack;
  }, [emitter, clear]);

  const dismissEnded = useCallback(() => setEnded(null), []);
  const dismissReverted = useCallback((itemId: string) => setReverted((notes) => dropReverted(notes, itemId)), []);

  return useMemo(
    () => ({ running, session, joining, ended, news, reverted, dismissReverted, start, join, leave, send, sendChat, end, dismissEnded }),
    [running, session, joining, ended, news, reverted, dismissReverted, start, join, leave, send, sendChat, end, dismissEnded],
  );
}
