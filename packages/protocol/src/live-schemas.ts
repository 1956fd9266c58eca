import { z } from 'zod';
import { LOCK_SCOPES } from './live-types.js';

/**
 * Every live-session command a client may send over Socket.IO: its event name and
 * the zod schema its payload must pass. The server validates each one on receipt
 * and answers through the acknowledgement; the types of both ends come from here.
 */

const id = z.string().min(1).max(64);
const session = { sessionId: id };
/** A client's own id for a create command, so a retried send is not done twice. */
const clientId = z.string().min(1).max(64).optional();

export const LIVE_LIMITS = {
  titleMaxLength: 120,
  chatMaxLength: 500,
  /** What a participant gets of the chat when joining; the summary keeps all of it. */
  chatHistory: 100,
  pollQuestionMaxLength: 200,
  pollOptionMaxLength: 80,
  pollOptionsMin: 2,
  pollOptionsMax: 8,
  timerMinSeconds: 10,
  timerMaxSeconds: 3 * 60 * 60,
  slowModeMaxSeconds: 300,
} as const;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const boardView = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().finite().min(0.05).max(8),
  width: z.number().finite().positive().max(10_000_000).optional(),
  height: z.number().finite().positive().max(10_000_000).optional(),
});

export const liveCommandSchemas = {
  'live:start': z.object({
    spaceId: id,
    title: z.string().trim().max(LIVE_LIMITS.titleMaxLength, 'is too long').default(''),
  }),
  'live:join': z.object(session),
  'live:leave': z.object(session),
  /** Which item the participant has open now (null: none), for the roster and supervision. */
  'live:open': z.object({ ...session, itemId: id.nullable() }),
  'live:cohost': z.object({ ...session, userId: id }),
  'live:lock': z
    .object({ ...session, scope: z.enum(LOCK_SCOPES), targetId: id.nullable().default(null), itemId: id.nullable().default(null) })
    .refine((lock) => (lock.scope === 'everyone') === (lock.targetId === null), {
      message: 'Say which team or pupil (and none for everyone)',
      path: ['targetId'],
    }),
  'live:unlock': z.object({ ...session, lockId: id }),
  'live:spotlight': z.object({ ...session, itemId: id, view: boardView.nullable().default(null), follow: z.boolean().default(false) }),
  'live:release': z.object(session),
  'live:hand': z.object({ ...session, raised: z.boolean() }),
  /** Lowers one person's hand, or everyone's (userId null). */
  'live:lower-hands': z.object({ ...session, userId: id.nullable() }),
  'live:timer': z.discriminatedUnion('action', [
    z.object({
      ...session,
      action: z.literal('start'),
      seconds: z.number().int().min(LIVE_LIMITS.timerMinSeconds).max(LIVE_LIMITS.timerMaxSeconds),
    }),
    z.object({ ...session, action: z.enum(['pause', 'resume', 'stop']) }),
  ]),
  'live:poll-create': z.object({
    ...session,
    clientId,
    question: z.string().trim().min(1, 'Write the question').max(LIVE_LIMITS.pollQuestionMaxLength, 'is too long'),
    options: z
      .array(z.string().trim().min(1, 'An answer is empty').max(LIVE_LIMITS.pollOptionMaxLength, 'is too long'))
      .min(LIVE_LIMITS.pollOptionsMin, `Give at least ${LIVE_LIMITS.pollOptionsMin} answers`)
      .max(LIVE_LIMITS.pollOptionsMax, `At most ${LIVE_LIMITS.pollOptionsMax} answers`)
      .refine((options) => new Set(options.map((option) => option.toLowerCase())).size === options.length, 'Two answers are the same'),
    multiple: z.boolean().default(false),
    anonymous: z.boolean().default(false),
  }),
  'live:poll-vote': z.object({ ...session, pollId: id, optionIds: z.array(id).min(1, 'Choose an answer').max(LIVE_LIMITS.pollOptionsMax) }),
  'live:poll-close': z.object({ ...session, pollId: id }),
  'live:poll-reveal': z.object({ ...session, pollId: id }),
  'live:chat-send': z.object({
    ...session,
    clientId,
    body: z.string().trim().min(1, 'Write a message').max(LIVE_LIMITS.chatMaxLength, 'is too long'),
  }),
  'live:chat-delete': z.object({ ...session, messageId: id }),
  'live:mute': z.object({ ...session, userId: id, muted: z.boolean() }),
  'live:chat-settings': z
    .object({
      ...session,
      slowModeSeconds: z.number().int().min(0).max(LIVE_LIMITS.slowModeMaxSeconds).optional(),
      keepTranscript: z.boolean().optional(),
    })
    .refine((body) => body.slowModeSeconds !== undefined || body.keepTranscript !== undefined, 'Say what to change'),
  'live:overview': z.object(session),
  /** Take back one pupil's changes to one item made since `since` (ms since the epoch). */
  'live:revert': z.object({ ...session, userId: id, itemId: id, since: z.number().int().nonnegative() }),
  /** `language` and `timeZone`: the ending host's, for the summary they are about to read. */
  'live:end': z.object({
    ...session,
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like lv').optional(),
    timeZone: z.string().max(64).refine(isTimeZone, 'must be a time zone like Europe/Riga').optional(),
  }),
} as const;

export type LiveCommand = keyof typeof liveCommandSchemas;
export const LIVE_COMMANDS = Object.keys(liveCommandSchemas) as LiveCommand[];
export type LivePayload<C extends LiveCommand> = z.input<(typeof liveCommandSchemas)[C]>;
export type LiveParsed<C extends LiveCommand> = z.output<(typeof liveCommandSchemas)[C]>;
