import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Elevi',

  'pupils.title': 'Elevi',
  'pupils.intro':
    'Elevii de la {school} se conectează cu un nume de utilizator și o parolă pe care le primesc de la tine. Toată lumea îi vede după prenume și țară, niciodată după numele complet.',
  'pupils.noSchool': 'Contul tău nu aparține unei școli, așa că aici nu ai elevi de care să te ocupi.',

  'pupils.add.heading': 'Adaugă elevi',
  'pupils.add.label': 'Prenume, câte unul pe rând',
  'pupils.add.hint':
    'Scrie sau lipește o listă, de exemplu dintr-un tabel. Din fiecare rând se păstrează doar primul cuvânt: un prenume sau o poreclă. Cel mult {max} odată.',
  'pupils.add.count': '{count, plural, =0 {Încă niciun prenume} one {# prenume} few {# prenume} other {# de prenume}}',
  'pupils.add.submit': '{count, plural, =0 {Creează conturi} one {Creează # cont} few {Creează # conturi} other {Creează # de conturi}}',
  'pupils.add.submitting': 'Se creează conturile…',
  'pupils.add.none': 'Scrie cel puțin un prenume.',
  'pupils.add.tooMany': 'Sunt {count} prenume; cel mult {max} odată. Împarte lista și adaug-o pe bucăți.',
  'pupils.add.notNames':
    '{count, plural, one {Rândul {lines} nu este un prenume} few {Rândurile {lines} nu sunt prenume} other {Rândurile {lines} nu sunt prenume}}: folosește doar litere, fără cifre, emoji sau simboluri.',
  'pupils.add.sameName':
    '{count, plural, =2 {Doi elevi se numesc {name}} =3 {Trei elevi se numesc {name}} few {# elevi se numesc {name}} other {# de elevi se numesc {name}}}: ca să-i deosebești, uită-te la numele de utilizator de pe cartonașele lor.',
  'pupils.add.shortened':
    '{count, plural, one {# rând are mai mult de un cuvânt: se păstrează doar primul.} few {# rânduri au mai mult de un cuvânt: din fiecare se păstrează doar primul.} other {# de rânduri au mai mult de un cuvânt: din fiecare se păstrează doar primul.}}',

  'pupils.created.title': '{count, plural, one {# cont este gata} few {# conturi sunt gata} other {# de conturi sunt gata}}',
  'pupils.created.onlyOnce':
    'Printează acum cartonașele de conectare: parolele se văd doar de data asta. Mai târziu poți oricând da cuiva o parolă nouă.',
  'pupils.created.print': 'Printează cartonașele',
  'pupils.created.done': 'Gata, ascunde parolele',
  'pupils.created.caption': 'Conturile noi și parolele lor',

  'pupils.column.name': 'Nume',
  'pupils.column.username': 'Nume de utilizator',
  'pupils.column.password': 'Parolă',

  'pupils.list.heading': 'Elevii tăi',
  'pupils.list.count': '{count, plural, =0 {Încă niciun elev} one {# elev} few {# elevi} other {# de elevi}}',
  'pupils.list.empty': 'Încă niciun elev. Adaugă-ți clasa mai sus: câte un prenume pe rând.',

  'pupils.active.switch': '{name} se poate conecta',
  'pupils.active.on': 'Se poate conecta',
  'pupils.active.off': 'Oprit',

  'pupils.reset.button': 'Parolă nouă',
  'pupils.reset.buttonFor': 'Parolă nouă pentru {name}',
  'pupils.reset.confirm': 'Faci o parolă nouă pentru {name}? Cea veche nu mai funcționează imediat, iar {name} trebuie să se conecteze din nou pe toate dispozitivele.',
  'pupils.reset.yes': 'Da, parolă nouă',
  'pupils.reset.cancel': 'Anulează',
  'pupils.reset.shown': 'Parola nouă pentru {name}, afișată doar acum:',
  'pupils.reset.printCard': 'Printează cartonașul',
  'pupils.reset.hide': 'Ascunde',

  'pupils.cards.title': 'Cartonașe de conectare',
  'pupils.cards.back': 'Înapoi la elevi',
  'pupils.cards.print': 'Printează',
  'pupils.cards.hint':
    '{count, plural, one {# cartonaș} few {# cartonașe} other {# de cartonașe}}, câte opt pe fiecare pagină A4. Taie de-a lungul liniilor punctate și dă-i fiecărui elev cartonașul lui.',
  'pupils.cards.empty':
    'Nu există parole noi de printat. Parolele se văd o singură dată: adaugă elevi sau fă o parolă nouă pentru un elev, apoi printează de acolo.',
  'pupils.cards.username': 'Nume de utilizator',
  'pupils.cards.password': 'Parolă',
  'pupils.cards.scan': 'Scanează ca să te conectezi',
  'pupils.cards.address': 'Sau deschide {address}',
  'pupils.cards.qr': 'Cod QR: deschide pagina de conectare pentru {username}',
  'pupils.cards.forget': 'Uită aceste parole',
};
