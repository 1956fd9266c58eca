import { authorshipRuns, authorshipText } from '@kopa/editor';
import type { SupervisedItem } from '@kopa/protocol';
import type { DocumentRegistry } from '../collab/document-registry.js';
import { withLiveDocument } from '../history/live-document.js';
import type { SpaceRecord, SpaceRepository } from '../spaces/space-repository.js';
import type { LiveSessionRecord } from './live-repository.js';
import type { LiveTrailRepository } from './live-trail-repository.js';
import type { LivePresence } from './live-state.js';

export interface LiveSupervisionDeps {
  spaces: SpaceRepository;
  trail: LiveTrailRepository;
  registry: DocumentRegistry;
  thumbnailVersionOf: (itemId: string) => number | null;
}

const EXCERPT_LENGTH = 160;

/**
 * A host's overview of the session: every item it covers (its own space's, and for
 * a lesson on the partnership's space every team's and diary's too), with who
 * changed it during the session and who has it open now.
 */
export async function superviseSession(deps: LiveSupervisionDeps, session: LiveSessionRecord, space: SpaceRecord, presence: LivePresence): Promise<SupervisedItem[]> {
  const covered = space.kind === 'partnership' ? deps.spaces.spacesOf(session.partnershipId) : [space];
  const activity = deps.trail.activity(session.id);
  const items: SupervisedItem[] = [];
  for (const coveredSpace of covered) {
    for (const item of deps.spaces.itemsOf(coveredSpace.id)) {
      if (item.archived) continue;
      const excerpt =
        item.type === 'board'
          ? ''
          : await withLiveDocument(deps.registry, item.docId, (doc) => authorshipText(authorshipRuns(doc.ydoc)).replace(/\s+/g, ' ').trim().slice(0, EXCERPT_LENGTH));
      items.push({
        itemId: item.id,
        itemType: item.type,
        title: item.title,
        spaceId: coveredSpace.id,
        spaceName: coveredSpace.title,
        excerpt,
        thumbnailVersion: item.type === 'board' ? deps.thumbnailVersionOf(item.id) : null,
        activity: activity
          .filter((entry) => entry.itemId === item.id)
          .map(({ userId, displayName, lastAt, changes }) => ({ userId, displayName, lastAt, changes })),
        openBy: [...presence.entries()].filter(([, where]) => where.itemId === item.id).map(([userId]) => userId),
      });
    }
  }
  // The liveliest first: what changed most recently, then what people have open.
  const lastChange = (item: SupervisedItem) => item.activity[0]?.lastAt ?? 0;
  return items.sort((a, b) => lastChange(b) - lastChange(a) || b.openBy.length - a.openBy.length);
}
