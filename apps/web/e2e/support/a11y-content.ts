import type { ItemSummary, SpaceSummary } from '@kopa/protocol';
import { apiUser, coverPicture, publishPost, type ApiUser } from './blog-posts';
import { addNotes } from './showcase-content';

/** Something of every kind for the accessibility walk: a board and a wall with notes, posts, a practice, the showcase. */
export interface A11yContent {
  janis: ApiUser;
  carmen: ApiUser;
  ilze: ApiUser;
  team: SpaceSummary;
  partnershipSpace: SpaceSummary;
  doc: ItemSummary;
  board: ItemSummary;
  wall: ItemSummary;
  published: ItemSummary;
  draft: ItemSummary;
  practiceId: string;
  showcasePath: string;
}

export async function makeA11yContent(base: string): Promise<A11yContent> {
  const [janis, carmen, ilze] = await Promise.all([apiUser(base, 'janis'), apiUser(base, 'carmen'), apiUser(base, 'ilze')]);
  const spaces = await janis.call<SpaceSummary[]>('GET', '/spaces');
  const team = spaces.find((space) => space.kind === 'team' && space.canEdit)!;
  const partnershipSpace = spaces.find((space) => space.kind === 'partnership')!;
  const doc = team.items.find((item) => item.type === 'doc')!;
  const board = await janis.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'board', title: 'Map of our towns' });
  await addNotes(base, janis, board.docId, ['Our school', 'The river', 'The old castle']);
  const wall = await janis.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'board', title: 'Idea wall', layout: 'wall', columns: ['Ideas', 'Questions'] });
  const published = await publishPost(base, janis, carmen, {
    title: 'Our week in Gijón',
    heading: 'Five days by the sea',
    paragraphs: ['We arrived on Monday evening and our host families waited for us.', 'The best part was cooking fabada together.'],
    language: 'en',
    themes: ['cultural heritage'],
    cover: { bytes: await coverPicture('#9fd3f0', '#2f8f5b'), alt: 'Green hills above the sea near Gijón' },
    picture: { bytes: await coverPicture('#fde1c8', '#c4553b'), alt: 'The old town at sunset' },
  });
  const draft = await janis.call<ItemSummary>('POST', `/spaces/${team.id}/items`, { type: 'post', title: 'Our recipes' });
  const practice = await carmen.call<{ id: string }>('POST', `/partnerships/${carmen.me.partnershipId}/practices`, {
    title: 'Songs with grandparents',
    summary: 'Pupils learn a song from their grandparents and sing it during the visit.',
    targetGroup: 'Pupils aged 12 to 15',
    outcomes: 'A songbook in five languages.',
    themes: ['cultural heritage'],
    countries: ['ES', 'LV'],
    languages: ['es'],
    public: true,
  });
  for (const item of [published, doc, board]) await carmen.call('PUT', `/items/${item.id}/public`);
  const showcase = await ilze.call<{ path: string }>('PUT', `/partnerships/${ilze.me.partnershipId}/showcase`, { enabled: true });
  return { janis, carmen, ilze, team, partnershipSpace, doc, board, wall, published, draft, practiceId: practice.id, showcasePath: showcase.path };
}
