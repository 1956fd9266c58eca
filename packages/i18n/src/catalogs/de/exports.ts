import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Exportieren',
  'exports.intro':
    'Lade die ganze Partnerschaft als eine Datei herunter. Sie wird im Hintergrund erstellt: Arbeite einfach weiter, der Link erscheint hier, sobald sie fertig ist. Jede Datei bleibt einen Tag lang da.',
  'exports.loadFailed': 'Die Exporte konnten nicht geladen werden.',
  'exports.format.label': 'Was exportieren',
  'exports.format.backup': 'Vollständige Sicherung',
  'exports.format.backup.hint':
    'Alles, um es in ein leeres Kopa zurückzuspielen: Personen mit ihren Passwörtern (nie ihre Anmeldungen), Räume, Dokumente, Tafeln, Blogbeiträge, Bilder und der ganze Verlauf. Bewahr die Datei so sicher auf wie den Server selbst.',
  'exports.format.site': 'Website',
  'exports.format.site.hint':
    'Eine Website, die man aus einem Ordner öffnen oder auf die Webseiten des Projekts stellen kann: die Partnerschaft, die Besuche, jeder im Blog veröffentlichte Beitrag, die Dokumente und Tafeln, mit ihren Bildern und der Lizenz. Entwürfe sind nicht dabei; Schülerinnen und Schüler werden nur mit Einwilligung ihrer Schule genannt.',
  'exports.format.markdown': 'Markdown-Dateien',
  'exports.format.markdown.hint':
    'Die veröffentlichten Beiträge und die Dokumente als Markdown-Dateien, die Tafeln als SVG-Bilder, mit einem Inhaltsverzeichnis und ihren Bildern: für ein Wiki, einen Website-Baukasten oder jeden Texteditor.',
  'exports.start': 'Export starten',
  'exports.starting': 'Wird gestartet…',
  'exports.busy': 'Dein Export läuft: Der nächste kann starten, wenn er fertig ist.',
  'exports.busyElsewhere': 'Ein anderer Export von dir läuft: Dieser kann starten, wenn er fertig ist.',
  'exports.recent': 'Deine Exporte',
  'exports.job.title': '{format}, gestartet am {when}',
  'exports.job.preparing': 'Wird vorbereitet…',
  'exports.job.running': 'Wird exportiert… {percent}',
  'exports.job.progress': 'Fortschritt des Exports ({when})',
  'exports.job.done': 'Fertig. Die Datei bleibt bis {until} da.',
  'exports.job.download': 'Herunterladen ({size})',
  'exports.job.downloadLabel': 'Datei herunterladen: {format}, {when} ({size})',
  'exports.job.failed': 'Der Export ist nicht fertig geworden. Starte ihn noch einmal; wenn es wieder nicht klappt, sag der Administration Bescheid.',
  // One space, on its own page.
  'exports.space.title': 'Diesen Raum exportieren',
  'exports.space.open': 'Auswählen, was exportiert wird',
  'exports.space.close': 'Export schließen',
  'exports.space.intro':
    'Lade die Dokumente, Tafeln und veröffentlichten Beiträge dieses Raums als eine Datei herunter. Sie wird im Hintergrund erstellt: Arbeite einfach weiter, der Link erscheint hier, sobald sie fertig ist. Jede Datei bleibt einen Tag lang da.',
  'exports.site.home': 'Start',
  'exports.site.timeline': 'Besuche und Beiträge',
  'exports.site.credits': 'Mitwirkende',
  'exports.site.creditsRule':
    'Alle, die geschrieben haben, was hier steht. Schülerinnen und Schüler werden nur genannt, wenn ihre Schule ihre Einwilligung hat; die anderen werden nach Land gezählt.',
  'exports.site.creditsPerItem': 'Wer was geschrieben hat',
  'exports.site.space': 'Aus dem Raum „{title}“',
  'exports.site.host': 'Gastschule: {school} ({country})',
  'exports.site.phaseEmpty': 'Keine Beiträge.',
  'exports.site.otherPosts': 'Weitere Beiträge',
  'exports.site.exported': 'Aus Kopa exportiert am {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Drucken',
};
