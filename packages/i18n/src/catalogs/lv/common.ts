import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Raksti, zīmē un plāno kopā ar partneru skolām.',
  'app.skipToContent': 'Pāriet uz saturu',
  'app.loading': 'Ielādē…',

  'language.label': 'Valoda',

  'error.invalid_credentials': 'Lietotājvārds un parole nesakrīt. Pārbaudi tos un mēģini vēlreiz.',
  'error.account_disabled': 'Tavs konts pašlaik ir izslēgts. Palūdz skolotājam to atkal ieslēgt.',
  'error.too_many_attempts':
    'Pārāk daudz mēģinājumu. Lūdzu, pagaidi {minutes, plural, zero {# minūšu} one {# minūti} other {# minūtes}} un mēģini vēlreiz.',
  'error.invalid_request': 'Kaut kas formā nav pareizi. Pārbaudi, ko ierakstīji, un mēģini vēlreiz.',
  'error.username_required': 'Ieraksti savu lietotājvārdu vai e-pastu.',
  'error.password_required': 'Ieraksti savu paroli.',
  'error.unauthenticated': 'Lūdzu, pieslēdzies vēlreiz.',
  'error.forbidden': 'Tev šeit nav piekļuves.',
  'error.not_found': 'Mēs to neatradām. Varbūt tas ir pārvietots vai izdzēsts.',
  'error.network': 'Kopa nevar sasniegt serveri. Pārbaudi interneta savienojumu un mēģini vēlreiz.',
  'error.offline_not_cached':
    'Šajā ierīcē tas vēl nav atvērts, tāpēc bez interneta to nevar atvērt. Tas atvērsies, tiklīdz atkal būsi tiešsaistē.',
  'error.internal': 'Mums kaut kas nogāja greizi. Lūdzu, pamēģini vēlreiz pēc brītiņa.',
  'error.retry': 'Mēģināt vēlreiz',

  'nav.main': 'Galvenā izvēlne',
  'nav.home': 'Sākums',
  'nav.logout': 'Iziet',
  'nav.account': 'Tu esi pieslēdzies kā {name}',

  'role.coordinator': 'Koordinators',
  'role.teacher': 'Skolotājs',
  'role.pupil': 'Skolēns',
  'role.guest': 'Viesis',

};
