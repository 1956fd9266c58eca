import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Alunni',

  'pupils.title': 'Alunni',
  'pupils.intro':
    'Gli alunni di {school} accedono con un nome utente e una password che ricevono da te. Tutti li vedono con il nome e il paese, mai con il nome completo.',
  'pupils.noSchool': 'Il tuo account non appartiene a una scuola, quindi qui non hai alunni da seguire.',

  'pupils.add.heading': 'Aggiungi alunni',
  'pupils.add.label': 'Nomi, uno per riga',
  'pupils.add.hint':
    'Scrivi o incolla un elenco, per esempio da un foglio di calcolo. Di ogni riga resta solo la prima parola: un nome o un soprannome. Al massimo {max} alla volta.',
  'pupils.add.count': '{count, plural, =0 {Ancora nessun nome} one {# nome} other {# nomi}}',
  'pupils.add.submit': '{count, plural, =0 {Crea account} one {Crea # account} other {Crea # account}}',
  'pupils.add.submitting': 'Creazione degli account…',
  'pupils.add.none': 'Scrivi almeno un nome.',
  'pupils.add.tooMany': 'Sono {count} nomi; al massimo {max} alla volta. Dividi l’elenco e aggiungilo a pezzi.',
  'pupils.add.notNames':
    '{count, plural, one {La riga {lines} non è un nome} other {Le righe {lines} non sono nomi}}: usa solo lettere, niente cifre, emoji o simboli.',
  'pupils.add.sameName':
    '{count, plural, =2 {Due alunni si chiamano {name}} =3 {Tre alunni si chiamano {name}} other {# alunni si chiamano {name}}}: per distinguerli, guarda i nomi utente sulle loro schede.',
  'pupils.add.shortened':
    '{count, plural, one {# riga ha più di una parola: resta solo la prima.} other {# righe hanno più di una parola: di ognuna resta solo la prima.}}',

  'pupils.created.title': '{count, plural, one {# account è pronto} other {# account sono pronti}}',
  'pupils.created.onlyOnce':
    'Stampa subito le schede di accesso: le password si vedono solo questa volta. Più avanti puoi sempre dare a qualcuno una nuova password.',
  'pupils.created.print': 'Stampa le schede di accesso',
  'pupils.created.done': 'Fatto, nascondi le password',
  'pupils.created.caption': 'Nuovi account e le loro password',

  'pupils.column.name': 'Nome',
  'pupils.column.username': 'Nome utente',
  'pupils.column.password': 'Password',

  'pupils.list.heading': 'I tuoi alunni',
  'pupils.list.count': '{count, plural, =0 {Ancora nessun alunno} one {# alunno} other {# alunni}}',
  'pupils.list.empty': 'Ancora nessun alunno. Aggiungi la tua classe qui sopra: un nome per riga.',

  'pupils.active.switch': '{name} può accedere',
  'pupils.active.on': 'Può accedere',
  'pupils.active.off': 'Disattivato',

  'pupils.reset.button': 'Nuova password',
  'pupils.reset.buttonFor': 'Nuova password per {name}',
  'pupils.reset.confirm': 'Dare una nuova password a {name}? Quella vecchia smette subito di funzionare e {name} dovrà accedere di nuovo su ogni dispositivo.',
  'pupils.reset.yes': 'Sì, nuova password',
  'pupils.reset.cancel': 'Annulla',
  'pupils.reset.shown': 'Nuova password per {name}, visibile solo ora:',
  'pupils.reset.printCard': 'Stampa la scheda',
  'pupils.reset.hide': 'Nascondi',

  'pupils.cards.title': 'Schede di accesso',
  'pupils.cards.back': 'Torna agli alunni',
  'pupils.cards.print': 'Stampa',
  'pupils.cards.hint':
    '{count, plural, one {# scheda} other {# schede}}, otto per ogni pagina A4. Taglia lungo le linee tratteggiate e dai a ogni alunno la sua scheda.',
  'pupils.cards.empty':
    'Non ci sono nuove password da stampare. Le password si vedono una volta sola: aggiungi alunni o dai a un alunno una nuova password, poi stampa da lì.',
  'pupils.cards.username': 'Nome utente',
  'pupils.cards.password': 'Password',
  'pupils.cards.scan': 'Inquadra per accedere',
  'pupils.cards.address': 'Oppure apri {address}',
  'pupils.cards.qr': 'Codice QR: apre la pagina di accesso per {username}',
  'pupils.cards.forget': 'Dimentica queste password',
};
