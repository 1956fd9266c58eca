import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Exporter',
  'exports.intro':
    'Télécharge tout le partenariat en un seul fichier. Il est préparé en arrière-plan : continue à travailler, son lien apparaîtra ici quand il sera prêt. Chaque fichier reste disponible un jour.',
  'exports.loadFailed': 'Impossible de charger les exports.',
  'exports.format.label': 'Quoi exporter',
  'exports.format.backup': 'Sauvegarde complète',
  'exports.format.backup.hint':
    'Tout, pour le restaurer dans un Kopa vide : les personnes avec leurs mots de passe (jamais leurs sessions), les espaces, documents, tableaux, articles, images et tout leur historique. Garde ce fichier aussi bien protégé que le serveur lui-même.',
  'exports.format.site': 'Site web',
  'exports.format.site.hint':
    'Un site web à ouvrir depuis un dossier ou à mettre sur les pages web du projet : le partenariat, les visites, chaque article publié dans le blog, les documents et tableaux, avec leurs images et la licence. Les brouillons ne sont pas inclus ; les élèves ne sont nommés qu’avec l’autorisation de leur école.',
  'exports.format.markdown': 'Fichiers Markdown',
  'exports.format.markdown.hint':
    'Les articles publiés et les documents en fichiers Markdown, les tableaux en images SVG, avec un sommaire et leurs images : pour un wiki, un créateur de site web ou n’importe quel éditeur de texte.',
  'exports.start': 'Lancer l’export',
  'exports.starting': 'Lancement…',
  'exports.busy': 'Ton export est en cours : le suivant pourra commencer quand il sera fini.',
  'exports.busyElsewhere': 'Un autre de tes exports est en cours : celui-ci pourra commencer quand il sera fini.',
  'exports.recent': 'Tes exports',
  'exports.job.title': '{format}, lancé le {when}',
  'exports.job.preparing': 'Préparation…',
  'exports.job.running': 'Export en cours… {percent}',
  'exports.job.progress': 'Avancement de l’export ({when})',
  'exports.job.done': 'Prêt. Le fichier est gardé jusqu’au {until}.',
  'exports.job.download': 'Télécharger ({size})',
  'exports.job.downloadLabel': 'Télécharger le fichier : {format}, {when} ({size})',
  'exports.job.failed': 'L’export ne s’est pas terminé. Relance-le ; s’il échoue encore, préviens ton administrateur.',
  // One space, on its own page.
  'exports.space.title': 'Exporter cet espace',
  'exports.space.open': 'Choisir quoi exporter',
  'exports.space.close': 'Fermer l’export',
  'exports.space.intro':
    'Télécharge les documents, les tableaux et les articles publiés de cet espace en un seul fichier. Il est préparé en arrière-plan : continue à travailler, son lien apparaîtra ici quand il sera prêt. Chaque fichier reste disponible un jour.',
  'exports.site.home': 'Accueil',
  'exports.site.timeline': 'Visites et articles',
  'exports.site.credits': 'Crédits',
  'exports.site.creditsRule':
    'Toutes les personnes qui ont écrit ce qui est ici. Les élèves ne sont nommés que si leur école a leur autorisation ; les autres sont comptés par pays.',
  'exports.site.creditsPerItem': 'Qui a écrit chaque élément',
  'exports.site.space': 'De l’espace « {title} »',
  'exports.site.host': 'École d’accueil : {school} ({country})',
  'exports.site.phaseEmpty': 'Aucun article.',
  'exports.site.otherPosts': 'Autres articles',
  'exports.site.exported': 'Exporté depuis Kopa le {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Imprimer',
};
