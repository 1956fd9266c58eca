/** The home page, spaces and their items, presence. */
export const spaces = {
  'home.greeting': 'Hi {name}!',
  'home.intro': 'Here are the spaces where you work with your partners.',
  'home.empty': 'You are not in any space yet. Your teacher will add you to a team soon.',
  'home.spacesHeading': 'Your spaces',

  'space.kind.partnership': 'Whole partnership',
  'space.kind.team': 'Team',
  'space.kind.mobility': 'Mobility',
  'space.itemsCount': '{count, plural, =0 {No documents yet} one {# document} other {# documents}}',
  'space.emptyItems': 'Nothing here yet.',
  'space.hereNow': 'Here now',
  'space.nobodyElse': 'Only you are here right now.',
  'space.newDocument': 'New document',
  'space.newDocumentTitle': 'Title of the new document',
  'space.titleRequired': 'Give your document a title.',
  'space.create': 'Create',
  'space.cancel': 'Cancel',

  'item.type.doc': 'Document',
  'item.type.board': 'Board',
  'item.type.post': 'Blog post',
  'item.open': 'Open {title}',
  'item.readOnly': 'Read only',

  'presence.member': '{name} ({country})',
  'presence.you': '{name} (you)',
} as const;
