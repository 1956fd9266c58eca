import * as Y from 'yjs';
import { createDocumentContent, type InitialBlock } from '@kopa/editor';
import { countryName, createTranslator, DEFAULT_LOCALE, isLocale, type Locale } from '@kopa/i18n';
import { LIMITS } from '@kopa/protocol';
import type { DocumentRegistry } from '../collab/document-registry.js';
import type { SqliteDatabase } from '../db/open-database.js';
import { withLiveDocument } from '../history/live-document.js';
import type { VersionRepository } from '../history/version-repository.js';
import { createDocumentItem } from '../spaces/document-items.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { LiveChatRepository } from './live-chat-repository.js';
import type { LivePollRepository } from './live-poll-repository.js';
import type { LiveRepository, LiveSessionRecord } from './live-repository.js';
import type { LiveTrailRepository } from './live-trail-repository.js';

export interface LiveSummaryDeps {
  db: SqliteDatabase;
  spaces: SpaceRepository;
  store: DocumentStore;
  registry: DocumentRegistry;
  versions: VersionRepository;
  live: LiveRepository;
  polls: LivePollRepository;
  chat: LiveChatRepository;
  trail: LiveTrailRepository;
}

/** The whole chat goes into the summary when kept; a lesson's chat is never this long. */
const TRANSCRIPT_LIMIT = 5000;

/**
 * When a session ends: a named version of every item changed during it, then a
 * summary document in the session's space (attendance, duration, polls, the chat
 * if the hosts kept it, what was worked on), in the ending host's language.
 */
export async function writeLiveSummary(
  deps: LiveSummaryDeps,
  session: LiveSessionRecord,
  endedBy: string,
  ending: { language?: string; timeZone?: string; presentAtEnd: ReadonlySet<string> },
): Promise<{ summaryItemId: string; versionedItems: number }> {
  const locale: Locale = isLocale(ending.language) ? ending.language : DEFAULT_LOCALE;
  const { t, intl } = createTranslator(locale);
  const endedAt = Date.now();
  // In the host's own time zone (the server's may be another country's, or UTC).
  const { timeZone } = ending;
  const date = intl.formatDate(session.startedAt, { dateStyle: 'medium', timeZone });
  const time = (at: number) => intl.formatTime(at, { timeStyle: 'short', timeZone });

  const versionName = t('liveSummary.versionName', { date });
  const worked: string[] = [];
  const itemIds = [...new Set(deps.trail.activity(session.id).map((entry) => entry.itemId))];
  for (const itemId of itemIds) {
    const item = deps.spaces.findItem(itemId);
    if (!item || item.deleted) continue;
    const state = await withLiveDocument(deps.registry, item.docId, (doc) => Y.encodeStateAsUpdate(doc.ydoc));
    deps.versions.save({ itemId, kind: 'named', name: versionName, state, createdBy: endedBy });
    worked.push(t('liveSummary.workedItem', { title: item.title, version: versionName }));
  }

  const people = deps.live.participants(session.id).filter((person) => person.firstJoinedAt !== null || person.host);
  const hosts = intl.formatList(people.filter((person) => person.host).map((person) => person.displayName), { type: 'conjunction' });
  const others = people.filter((person) => person.userId !== endedBy || !person.host);
  const blocks: InitialBlock[] = [
    {
      type: 'paragraph',
      text: t('liveSummary.when', {
        date,
        start: time(session.startedAt),
        end: time(endedAt),
        minutes: Math.max(1, Math.round((endedAt - session.startedAt) / 60_000)),
        hosts,
      }),
    },
    { type: 'heading', tag: 'h2', text: t('liveSummary.attendance', { count: people.length }) },
    ...(others.length === 0 ? [{ type: 'paragraph', text: t('liveSummary.nobody') } as const] : []),
    ...people.map((person): InitialBlock => {
      const from = time(person.firstJoinedAt ?? session.startedAt);
      const to = time(ending.presentAtEnd.has(person.userId) ? endedAt : Math.min(person.lastSeenAt ?? endedAt, endedAt));
      return {
        type: 'paragraph',
        text:
          person.schoolName && person.country
            ? t('liveSummary.person', { name: person.displayName, country: countryName(person.country, locale), school: person.schoolName, from, to })
            : t('liveSummary.personNoSchool', { name: person.displayName, from, to }),
      };
    }),
    ...pollBlocks(deps.polls, session.id, t),
    { type: 'heading', tag: 'h2', text: t('liveSummary.worked') },
    ...(worked.length === 0 ? [t('liveSummary.workedNone')] : worked).map((text): InitialBlock => ({ type: 'paragraph', text })),
    { type: 'heading', tag: 'h2', text: t('liveSummary.chat') },
    ...chatBlocks(deps.chat, session, t, time),
  ];

  const title = t('liveSummary.itemTitle', { title: session.title, date }).slice(0, LIMITS.itemTitleMaxLength);
  const item = await createDocumentItem(deps, session.spaceId, title, endedBy, { content: createDocumentContent(blocks) });
  // A record of the lesson: teachers may add to it, pupils read it (it is locked like a board a teacher locks).
  deps.spaces.setItemLocked(item.id, endedBy);
  return { summaryItemId: item.id, versionedItems: worked.length };
}

type T = ReturnType<typeof createTranslator>['t'];

function pollBlocks(pollRepository: LivePollRepository, sessionId: string, t: T): InitialBlock[] {
  const polls = pollRepository.polls(sessionId);
  if (polls.length === 0) return [];
  const blocks: InitialBlock[] = [{ type: 'heading', tag: 'h2', text: t('liveSummary.polls') }];
  for (const poll of polls) {
    const ballots = [...poll.votes.values()];
    blocks.push({ type: 'paragraph', text: t('liveSummary.poll', { question: poll.question, voters: ballots.length }) });
    for (const option of poll.options) {
      const votes = ballots.filter((choices) => choices.includes(option.id)).length;
      blocks.push({ type: 'paragraph', text: t('liveSummary.pollOption', { label: option.label, votes }) });
    }
  }
  return blocks;
}

function chatBlocks(chat: LiveChatRepository, session: LiveSessionRecord, t: T, time: (at: number) => string): InitialBlock[] {
  if (!session.keepTranscript) return [{ type: 'paragraph', text: t('liveSummary.chatNotKept') }];
  const messages = chat.chat(session.id, TRANSCRIPT_LIMIT);
  if (messages.length === 0) return [{ type: 'paragraph', text: t('liveSummary.chatEmpty') }];
  return messages.map((message) => ({
    type: 'paragraph',
    text: t('liveSummary.chatLine', { time: time(message.at), name: message.displayName, body: message.body }),
  }));
}
