/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils = {
  'nav.pupils': 'Pupils',

  'pupils.title': 'Pupils',
  'pupils.intro':
    'Pupils of {school} log in with a username and a password you give them. Everyone sees them by first name and country, never by full name.',
  'pupils.noSchool': 'Your account does not belong to a school, so there are no pupils for you to look after here.',

  'pupils.add.heading': 'Add pupils',
  'pupils.add.label': 'First names, one per line',
  'pupils.add.hint':
    'Type or paste a list, for example from a spreadsheet. Only the first word of each line is kept: a first name or a nickname. Up to {max} at a time.',
  'pupils.add.count': '{count, plural, =0 {No names yet} one {# name} other {# names}}',
  'pupils.add.submit': '{count, plural, =0 {Create accounts} one {Create # account} other {Create # accounts}}',
  'pupils.add.submitting': 'Creating accounts…',
  'pupils.add.none': 'Type at least one first name.',
  'pupils.add.tooMany': 'That is {count} names; at most {max} at a time. Split the list and add it in parts.',
  'pupils.add.notNames':
    '{count, plural, one {Line {lines} is not a first name} other {Lines {lines} are not first names}}: use letters only, no digits, emoji or symbols.',
  'pupils.add.sameName':
    '{count, plural, =2 {Two pupils are called {name}} =3 {Three pupils are called {name}} other {# pupils are called {name}}}: check the usernames on their cards to tell them apart.',
  'pupils.add.shortened':
    '{count, plural, one {# line has more than one word: only its first word is kept.} other {# lines have more than one word: only the first word of each is kept.}}',

  'pupils.created.title': '{count, plural, one {# account is ready} other {# accounts are ready}}',
  'pupils.created.onlyOnce':
    'Print the login cards now: the passwords are shown only this once. You can give anyone a new password later.',
  'pupils.created.print': 'Print login cards',
  'pupils.created.done': 'Done, hide the passwords',
  'pupils.created.caption': 'New accounts and their passwords',

  'pupils.column.name': 'Name',
  'pupils.column.username': 'Username',
  'pupils.column.password': 'Password',

  'pupils.list.heading': 'Your pupils',
  'pupils.list.count': '{count, plural, =0 {No pupils yet} one {# pupil} other {# pupils}}',
  'pupils.list.empty': 'No pupils yet. Add your class above: one first name per line.',

  'pupils.active.switch': '{name} can log in',
  'pupils.active.on': 'Can log in',
  'pupils.active.off': 'Switched off',

  'pupils.reset.button': 'New password',
  'pupils.reset.buttonFor': 'New password for {name}',
  'pupils.reset.confirm': 'Give {name} a new password? The old one stops working at once and {name} is logged out everywhere.',
  'pupils.reset.yes': 'Yes, new password',
  'pupils.reset.cancel': 'Cancel',
  'pupils.reset.shown': 'New password for {name}, shown only now:',
  'pupils.reset.printCard': 'Print card',
  'pupils.reset.hide': 'Hide',

  'pupils.cards.title': 'Login cards',
  'pupils.cards.back': 'Back to pupils',
  'pupils.cards.print': 'Print',
  'pupils.cards.hint':
    '{count, plural, one {# card} other {# cards}}, eight on each A4 page. Cut along the dashed lines and give each pupil their own card.',
  'pupils.cards.empty':
    'There are no new passwords to print. Passwords are shown only once: add pupils or give a pupil a new password, then print from there.',
  'pupils.cards.username': 'Username',
  'pupils.cards.password': 'Password',
  'pupils.cards.scan': 'Scan to log in',
  'pupils.cards.address': 'Or open {address}',
  'pupils.cards.qr': 'QR code: opens the login page for {username}',
  'pupils.cards.forget': 'Forget these passwords',
} as const;
