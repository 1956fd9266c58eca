import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Élèves',

  'pupils.title': 'Élèves',
  'pupils.intro':
    'Les élèves de {school} se connectent avec un identifiant et un mot de passe que tu leur donnes. Les autres les voient avec leur prénom et leur pays, jamais avec leur nom complet.',
  'pupils.noSchool': 'Ton compte n’est rattaché à aucune école : tu n’as donc pas d’élèves à gérer ici.',

  'pupils.add.heading': 'Ajouter des élèves',
  'pupils.add.label': 'Prénoms, un par ligne',
  'pupils.add.hint':
    'Tape ou colle une liste, par exemple depuis un tableur. Seul le premier mot de chaque ligne est gardé : un prénom ou un surnom. Jusqu’à {max} à la fois.',
  'pupils.add.count': '{count, plural, =0 {Aucun prénom pour l’instant} one {# prénom} other {# prénoms}}',
  'pupils.add.submit': '{count, plural, =0 {Créer les comptes} one {Créer # compte} other {Créer # comptes}}',
  'pupils.add.submitting': 'Création des comptes…',
  'pupils.add.none': 'Tape au moins un prénom.',
  'pupils.add.tooMany': 'Cela fait {count} prénoms ; {max} au maximum à la fois. Coupe la liste et ajoute-la en plusieurs fois.',
  'pupils.add.notNames':
    '{count, plural, one {La ligne {lines} n’est pas un prénom} other {Les lignes {lines} ne sont pas des prénoms}} : utilise seulement des lettres, sans chiffres, emoji ni symboles.',
  'pupils.add.sameName':
    '{count, plural, =2 {Deux élèves s’appellent {name}} =3 {Trois élèves s’appellent {name}} other {# élèves s’appellent {name}}} : regarde les identifiants sur leurs cartes pour les distinguer.',
  'pupils.add.shortened':
    '{count, plural, one {# ligne contient plus d’un mot : seul son premier mot est gardé.} other {# lignes contiennent plus d’un mot : seul le premier mot de chacune est gardé.}}',

  'pupils.created.title': '{count, plural, one {# compte est prêt} other {# comptes sont prêts}}',
  'pupils.created.onlyOnce':
    'Imprime les cartes de connexion maintenant : les mots de passe ne s’affichent qu’une seule fois. Tu pourras toujours donner un nouveau mot de passe plus tard.',
  'pupils.created.print': 'Imprimer les cartes',
  'pupils.created.done': 'Terminé, masquer les mots de passe',
  'pupils.created.caption': 'Nouveaux comptes et leurs mots de passe',

  'pupils.column.name': 'Prénom',
  'pupils.column.username': 'Identifiant',
  'pupils.column.password': 'Mot de passe',

  'pupils.list.heading': 'Tes élèves',
  'pupils.list.count': '{count, plural, =0 {Aucun élève pour l’instant} one {# élève} other {# élèves}}',
  'pupils.list.empty': 'Aucun élève pour l’instant. Ajoute ta classe ci-dessus : un prénom par ligne.',

  'pupils.active.switch': '{name} peut se connecter',
  'pupils.active.on': 'Peut se connecter',
  'pupils.active.off': 'Désactivé',

  'pupils.reset.button': 'Nouveau mot de passe',
  'pupils.reset.buttonFor': 'Nouveau mot de passe pour {name}',
  'pupils.reset.confirm': 'Donner un nouveau mot de passe à {name} ? L’ancien ne marche plus tout de suite, et toutes les sessions de {name} sont fermées.',
  'pupils.reset.yes': 'Oui, nouveau mot de passe',
  'pupils.reset.cancel': 'Annuler',
  'pupils.reset.shown': 'Nouveau mot de passe pour {name}, affiché une seule fois :',
  'pupils.reset.printCard': 'Imprimer la carte',
  'pupils.reset.hide': 'Masquer',

  'pupils.cards.title': 'Cartes de connexion',
  'pupils.cards.back': 'Retour aux élèves',
  'pupils.cards.print': 'Imprimer',
  'pupils.cards.hint':
    '{count, plural, one {# carte} other {# cartes}}, huit par page A4. Découpe le long des pointillés et donne à chaque élève sa propre carte.',
  'pupils.cards.empty':
    'Il n’y a aucun nouveau mot de passe à imprimer. Les mots de passe ne s’affichent qu’une fois : ajoute des élèves ou donne un nouveau mot de passe à un élève, puis imprime depuis là.',
  'pupils.cards.username': 'Identifiant',
  'pupils.cards.password': 'Mot de passe',
  'pupils.cards.scan': 'Scanne pour te connecter',
  'pupils.cards.address': 'Ou ouvre {address}',
  'pupils.cards.qr': 'QR code : ouvre la page de connexion pour {username}',
  'pupils.cards.forget': 'Oublier ces mots de passe',
};
