/**
 * English: the source catalog. Every key here must exist in every other catalog
 * (the type of `Catalog` enforces it). Messages use ICU syntax.
 */
export const en = {
  'app.name': 'Kopa',
  'app.tagline': 'Write, draw and plan together with your partner schools.',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',

  'language.label': 'Language',

  'login.title': 'Welcome to Kopa',
  'login.intro': 'Log in with the username and password your teacher gave you.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.hidePassword': 'Hide password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.forgot': 'Forgot your password? Ask your teacher: they can give you a new one.',
  'login.demoHint': 'Trying the demo? Log in as {username} with the password {password}.',

  'error.invalid_credentials': 'That username and password do not match. Check them and try again.',
  'error.too_many_attempts':
    'Too many tries. Please wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'error.invalid_request': 'Something in the form is not right: {detail}',
  'error.username_required': 'Enter your username.',
  'error.password_required': 'Enter your password.',
  'error.unauthenticated': 'Please log in again.',
  'error.forbidden': 'You do not have access to this.',
  'error.not_found': 'We could not find this. It may have been moved or deleted.',
  'error.network': 'Kopa cannot reach the server. Check your internet connection and try again.',
  'error.internal': 'Something went wrong on our side. Please try again in a moment.',
  'error.retry': 'Try again',

  'nav.home': 'Home',
  'nav.logout': 'Log out',
  'nav.account': 'Signed in as {name}',

  'role.coordinator': 'Coordinator',
  'role.teacher': 'Teacher',
  'role.pupil': 'Pupil',
  'role.guest': 'Guest',

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

  'editor.back': 'Back to your spaces',
  'editor.placeholder': 'Start writing here…',
  'editor.toolbar': 'Formatting',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.bold': 'Bold',
  'editor.italic': 'Italic',
  'editor.paragraph': 'Normal text',
  'editor.heading1': 'Big heading',
  'editor.heading2': 'Small heading',
  'editor.bulletList': 'Bulleted list',
  'editor.numberedList': 'Numbered list',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Web address for the link',
  'editor.linkInvalid': 'That does not look like a web address. Try something like www.example.org.',
  'editor.linkApply': 'Add link',
  'editor.linkRemove': 'Remove link',
  'editor.readOnlyBanner': 'You can read this document, but not change it.',
  'editor.writers': 'Writing here: {names}',

  'connection.connecting': 'Connecting…',
  'connection.connected': 'Live',
  'connection.offline': 'Connection lost. Reconnecting…',
  'connection.status': 'Connection: {status}',
} as const;

export type MessageId = keyof typeof en;
