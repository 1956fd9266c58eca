import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Scrivi, disegna e organizza insieme alle scuole partner.',
  'app.skipToContent': 'Vai al contenuto',
  'app.loading': 'Caricamento…',

  'language.label': 'Lingua',

  'error.invalid_credentials': 'Nome utente e password non corrispondono. Controllali e riprova.',
  'error.account_disabled': 'Il tuo account per ora è disattivato. Chiedi all’insegnante di riattivarlo.',
  'error.too_many_attempts':
    'Troppi tentativi. Aspetta {minutes, plural, one {# minuto} other {# minuti}} e riprova.',
  'error.invalid_request': 'C’è qualcosa che non va nel modulo. Controlla quello che hai scritto e riprova.',
  'error.username_required': 'Scrivi il tuo nome utente o la tua e-mail.',
  'error.password_required': 'Scrivi la tua password.',
  'error.unauthenticated': 'Accedi di nuovo.',
  'error.forbidden': 'Non hai accesso a questa pagina.',
  'error.not_found': 'Non l’abbiamo trovato. Forse è stato spostato o eliminato.',
  'error.network': 'Kopa non riesce a raggiungere il server. Controlla la connessione a internet e riprova.',
  'error.offline_not_cached':
    'Non l’hai ancora aperto su questo dispositivo, quindi senza internet non si apre. Si aprirà appena torni online.',
  'error.internal': 'Qualcosa è andato storto da parte nostra. Riprova tra poco.',
  'error.retry': 'Riprova',

  'nav.main': 'Menu principale',
  'nav.home': 'Home',
  'nav.logout': 'Esci',
  'nav.account': 'Hai fatto l’accesso come {name}',

  'role.coordinator': 'Coordinatore/trice',
  'role.teacher': 'Insegnante',
  'role.pupil': 'Alunno/a',
  'role.guest': 'Ospite',

};
