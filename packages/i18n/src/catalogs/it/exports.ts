import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Esporta',
  'exports.intro':
    'Scarica tutto il partenariato in un unico file. Il file si prepara in background: continua pure a lavorare, il link comparirà qui quando è pronto. Ogni file resta disponibile per un giorno.',
  'exports.loadFailed': 'Non è stato possibile caricare le esportazioni.',
  'exports.format.label': 'Cosa esportare',
  'exports.format.backup': 'Backup completo',
  'exports.format.backup.hint':
    'Tutto, da ripristinare in un Kopa vuoto: le persone con le loro password (mai i loro accessi), gli spazi, i documenti, le lavagne, i post del blog, le immagini e tutta la loro cronologia. Conserva il file con la stessa cura del server.',
  'exports.format.site': 'Sito web',
  'exports.format.site.hint':
    'Un sito web da aprire da una cartella o da mettere sulle pagine web del progetto: il partenariato, le visite, ogni post pubblicato nel blog, i documenti e le lavagne, con le loro immagini e la licenza. Le bozze restano fuori; gli alunni compaiono con il nome solo con il consenso della loro scuola.',
  'exports.format.markdown': 'File Markdown',
  'exports.format.markdown.hint':
    'I post pubblicati e i documenti come file Markdown, le lavagne come immagini SVG, con un indice e le loro immagini: per un wiki, un programma per creare siti o qualsiasi editor di testo.',
  'exports.start': 'Avvia l’esportazione',
  'exports.starting': 'Avvio…',
  'exports.busy': 'La tua esportazione è in corso: la prossima può partire quando è finita.',
  'exports.busyElsewhere': 'C’è già un’altra tua esportazione in corso: questa può partire quando è finita.',
  'exports.recent': 'Le tue esportazioni',
  'exports.job.title': '{format} del {when}',
  'exports.job.preparing': 'Preparazione…',
  'exports.job.running': 'Esportazione in corso… {percent}',
  'exports.job.progress': 'Avanzamento dell’esportazione ({when})',
  'exports.job.done': 'Pronto. Il file resta disponibile fino al {until}.',
  'exports.job.download': 'Scarica ({size})',
  'exports.job.downloadLabel': 'Scarica il file: {format}, {when} ({size})',
  'exports.job.failed': 'L’esportazione non è finita. Riavviala; se non funziona di nuovo, avvisa chi amministra Kopa.',
  // One space, on its own page.
  'exports.space.title': 'Esporta questo spazio',
  'exports.space.open': 'Scegli cosa esportare',
  'exports.space.close': 'Chiudi l’esportazione',
  'exports.space.intro':
    'Scarica i documenti, le lavagne e i post pubblicati di questo spazio in un unico file. Il file si prepara in background: continua pure a lavorare, il link comparirà qui quando è pronto. Ogni file resta disponibile per un giorno.',
  'exports.site.home': 'Home',
  'exports.site.timeline': 'Visite e post',
  'exports.site.credits': 'Autori',
  'exports.site.creditsRule':
    'Tutte le persone che hanno scritto ciò che trovi qui. Gli alunni compaiono con il nome solo se la loro scuola ha il loro consenso; gli altri sono contati per paese.',
  'exports.site.creditsPerItem': 'Chi ha scritto ogni contenuto',
  'exports.site.space': 'Dallo spazio «{title}»',
  'exports.site.host': 'Ospitata da {school} ({country})',
  'exports.site.phaseEmpty': 'Nessun post.',
  'exports.site.otherPosts': 'Altri post',
  'exports.site.exported': 'Esportato da Kopa il {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Stampa',
};
