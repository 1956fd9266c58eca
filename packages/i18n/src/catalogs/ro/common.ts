import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Scrie, desenează și plănuiește împreună cu școlile partenere.',
  'app.skipToContent': 'Sari la conținut',
  'app.loading': 'Se încarcă…',

  'language.label': 'Limba',

  'error.invalid_credentials': 'Numele de utilizator și parola nu se potrivesc. Verifică-le și încearcă din nou.',
  'error.account_disabled': 'Contul tău este oprit deocamdată. Cere-i profesorului să îl pornească din nou.',
  'error.too_many_attempts':
    'Prea multe încercări. Așteaptă {minutes, plural, one {# minut} few {# minute} other {# de minute}} și încearcă din nou.',
  'error.invalid_request': 'Ceva din formular nu este în regulă. Verifică ce ai completat și încearcă din nou.',
  'error.username_required': 'Scrie numele de utilizator sau adresa de e-mail.',
  'error.password_required': 'Scrie parola.',
  'error.unauthenticated': 'Conectează-te din nou.',
  'error.forbidden': 'Nu ai acces aici.',
  'error.not_found': 'Nu am găsit asta. Poate a fost mutat sau șters.',
  'error.network': 'Kopa nu poate ajunge la server. Verifică conexiunea la internet și încearcă din nou.',
  'error.offline_not_cached':
    'Nu ai deschis încă asta pe acest dispozitiv, așa că nu se poate deschide fără internet. Se deschide imediat ce ești din nou online.',
  'error.internal': 'Ceva n-a mers bine la noi. Încearcă din nou peste puțin timp.',
  'error.retry': 'Încearcă din nou',

  'nav.main': 'Meniu principal',
  'nav.home': 'Acasă',
  'nav.logout': 'Ieși din cont',
  'nav.account': 'Te-ai conectat ca {name}',

  'role.coordinator': 'Coordonator',
  'role.teacher': 'Profesor',
  'role.pupil': 'Elev',
  'role.guest': 'Invitat',

};
