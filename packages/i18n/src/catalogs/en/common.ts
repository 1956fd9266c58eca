/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common = {
  'app.name': 'Kopa',
  'app.tagline': 'Write, draw and plan together with your partner schools.',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',

  'language.label': 'Language',

  'error.invalid_credentials': 'That username and password do not match. Check them and try again.',
  'error.account_disabled': 'Your account is switched off for now. Ask your teacher to switch it on again.',
  'error.too_many_attempts':
    'Too many tries. Please wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'error.invalid_request': 'Something in the form is not right. Check what you filled in and try again.',
  'error.username_required': 'Enter your username or e-mail.',
  'error.password_required': 'Enter your password.',
  'error.unauthenticated': 'Please log in again.',
  'error.forbidden': 'You do not have access to this.',
  'error.not_found': 'We could not find this. It may have been moved or deleted.',
  'error.network': 'Kopa cannot reach the server. Check your internet connection and try again.',
  'error.offline_not_cached':
    'This has not been opened on this device yet, so it cannot open without internet. It opens as soon as you are back online.',
  'error.internal': 'Something went wrong on our side. Please try again in a moment.',
  'error.retry': 'Try again',

  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.logout': 'Log out',
  'nav.account': 'Signed in as {name}',

  'role.coordinator': 'Coordinator',
  'role.teacher': 'Teacher',
  'role.pupil': 'Pupil',
  'role.guest': 'Guest',

} as const;
