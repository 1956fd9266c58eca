import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Schüler*innen',

  'pupils.title': 'Schüler*innen',
  'pupils.intro':
    'Die Schülerinnen und Schüler von {school} melden sich mit einem Benutzernamen und einem Passwort an, die du ihnen gibst. Alle anderen sehen nur Vorname und Land, nie den vollen Namen.',
  'pupils.noSchool': 'Dein Konto gehört zu keiner Schule, deshalb gibt es hier keine Schülerinnen und Schüler für dich.',

  'pupils.add.heading': 'Schüler*innen hinzufügen',
  'pupils.add.label': 'Vornamen, einer pro Zeile',
  'pupils.add.hint':
    'Tipp eine Liste ein oder füg sie ein, zum Beispiel aus einer Tabelle. Nur das erste Wort jeder Zeile wird übernommen: ein Vorname oder Spitzname. Bis zu {max} auf einmal.',
  'pupils.add.count': '{count, plural, =0 {Noch keine Namen} one {# Name} other {# Namen}}',
  'pupils.add.submit': '{count, plural, =0 {Konten anlegen} one {# Konto anlegen} other {# Konten anlegen}}',
  'pupils.add.submitting': 'Konten werden angelegt…',
  'pupils.add.none': 'Gib mindestens einen Vornamen ein.',
  'pupils.add.tooMany': 'Das sind {count} Namen; höchstens {max} auf einmal. Teil die Liste und füg sie in Teilen hinzu.',
  'pupils.add.notNames':
    '{count, plural, one {Zeile {lines} ist kein Vorname} other {Die Zeilen {lines} sind keine Vornamen}}: Nutze nur Buchstaben, keine Ziffern, Emojis oder Sonderzeichen.',
  'pupils.add.sameName':
    '{count, plural, =2 {Zwei Personen heißen {name}} =3 {Drei Personen heißen {name}} other {# Personen heißen {name}}}: Schau auf die Benutzernamen auf ihren Karten, um sie auseinanderzuhalten.',
  'pupils.add.shortened':
    '{count, plural, one {# Zeile hat mehr als ein Wort: Nur das erste Wort wird übernommen.} other {# Zeilen haben mehr als ein Wort: Nur das erste Wort jeder Zeile wird übernommen.}}',

  'pupils.created.title': '{count, plural, one {# Konto ist fertig} other {# Konten sind fertig}}',
  'pupils.created.onlyOnce':
    'Druck die Anmeldekarten jetzt aus: Die Passwörter werden nur dieses eine Mal angezeigt. Ein neues Passwort kannst du später jederzeit vergeben.',
  'pupils.created.print': 'Anmeldekarten drucken',
  'pupils.created.done': 'Fertig, Passwörter verbergen',
  'pupils.created.caption': 'Neue Konten und ihre Passwörter',

  'pupils.column.name': 'Vorname',
  'pupils.column.username': 'Benutzername',
  'pupils.column.password': 'Passwort',

  'pupils.list.heading': 'Deine Schüler*innen',
  'pupils.list.count': '{count, plural, =0 {Noch keine Schüler*innen} one {# Schüler*in} other {# Schüler*innen}}',
  'pupils.list.empty': 'Noch keine Schüler*innen. Füg oben deine Klasse hinzu: ein Vorname pro Zeile.',

  'pupils.active.switch': '{name} kann sich anmelden',
  'pupils.active.on': 'Kann sich anmelden',
  'pupils.active.off': 'Ausgeschaltet',

  'pupils.reset.button': 'Neues Passwort',
  'pupils.reset.buttonFor': 'Neues Passwort für {name}',
  'pupils.reset.confirm': '{name} ein neues Passwort geben? Das alte funktioniert sofort nicht mehr, und {name} wird überall abgemeldet.',
  'pupils.reset.yes': 'Ja, neues Passwort',
  'pupils.reset.cancel': 'Abbrechen',
  'pupils.reset.shown': 'Neues Passwort für {name}, nur jetzt sichtbar:',
  'pupils.reset.printCard': 'Karte drucken',
  'pupils.reset.hide': 'Verbergen',

  'pupils.cards.title': 'Anmeldekarten',
  'pupils.cards.back': 'Zurück zu den Schüler*innen',
  'pupils.cards.print': 'Drucken',
  'pupils.cards.hint':
    '{count, plural, one {# Karte} other {# Karten}}, acht auf jeder A4-Seite. Schneide entlang der gestrichelten Linien und gib allen ihre eigene Karte.',
  'pupils.cards.empty':
    'Es gibt keine neuen Passwörter zum Drucken. Passwörter werden nur einmal angezeigt: Füg Schüler*innen hinzu oder gib jemandem ein neues Passwort und druck dann von dort aus.',
  'pupils.cards.username': 'Benutzername',
  'pupils.cards.password': 'Passwort',
  'pupils.cards.scan': 'Scannen zum Anmelden',
  'pupils.cards.address': 'Oder öffne {address}',
  'pupils.cards.qr': 'QR-Code: öffnet die Anmeldeseite für {username}',
  'pupils.cards.forget': 'Diese Passwörter vergessen',
};
