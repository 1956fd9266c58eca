import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Schreib, zeichne und plane gemeinsam mit deinen Partnerschulen.',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.loading': 'Wird geladen…',

  'language.label': 'Sprache',

  'error.invalid_credentials': 'Benutzername und Passwort passen nicht zusammen. Prüf beides und versuch es noch einmal.',
  'error.account_disabled': 'Dein Konto ist gerade ausgeschaltet. Bitte deine Lehrkraft, es wieder einzuschalten.',
  'error.too_many_attempts':
    'Zu viele Versuche. Warte bitte {minutes, plural, one {# Minute} other {# Minuten}} und versuch es dann noch einmal.',
  'error.invalid_request': 'Im Formular stimmt etwas nicht. Prüf, was du eingetragen hast, und versuch es noch einmal.',
  'error.username_required': 'Gib deinen Benutzernamen oder deine E-Mail-Adresse ein.',
  'error.password_required': 'Gib dein Passwort ein.',
  'error.unauthenticated': 'Bitte melde dich noch einmal an.',
  'error.forbidden': 'Darauf hast du keinen Zugriff.',
  'error.not_found': 'Das haben wir nicht gefunden. Vielleicht wurde es verschoben oder gelöscht.',
  'error.network': 'Kopa erreicht den Server nicht. Prüf deine Internetverbindung und versuch es noch einmal.',
  'error.offline_not_cached':
    'Das wurde auf diesem Gerät noch nie geöffnet, deshalb kann es ohne Internet nicht geöffnet werden. Es öffnet sich, sobald du wieder online bist.',
  'error.internal': 'Bei uns ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.',
  'error.retry': 'Noch einmal versuchen',

  'nav.main': 'Hauptmenü',
  'nav.home': 'Start',
  'nav.logout': 'Abmelden',
  'nav.account': 'Angemeldet als {name}',

  'role.coordinator': 'Koordination',
  'role.teacher': 'Lehrkraft',
  'role.pupil': 'Schüler*in',
  'role.guest': 'Gast',

};
