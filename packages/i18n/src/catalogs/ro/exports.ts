import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Export',
  'exports.intro':
    'Descarcă tot parteneriatul într-un singur fișier. Fișierul se pregătește în fundal: lucrează mai departe, iar linkul apare aici când e gata. Fiecare fișier rămâne disponibil o zi.',
  'exports.loadFailed': 'Exporturile nu au putut fi încărcate.',
  'exports.format.label': 'Ce exporți',
  'exports.format.backup': 'Copie de siguranță completă',
  'exports.format.backup.hint':
    'Tot, ca să fie restaurat într-un Kopa gol: persoanele cu parolele lor (niciodată sesiunile lor de conectare), spațiile, documentele, tablele, postările pe blog, imaginile și tot istoricul lor. Păstrează fișierul la fel de bine ca serverul.',
  'exports.format.site': 'Site web',
  'exports.format.site.hint':
    'Un site web pe care îl deschizi dintr-un folder sau îl pui pe paginile web ale proiectului: parteneriatul, vizitele, fiecare postare publicată pe blog, documentele și tablele, cu imaginile lor și licența. Ciornele rămân pe dinafară; elevii apar cu numele doar cu acordul școlii lor.',
  'exports.format.markdown': 'Fișiere Markdown',
  'exports.format.markdown.hint':
    'Postările publicate și documentele ca fișiere Markdown, tablele ca imagini SVG, cu un cuprins și imaginile lor: pentru un wiki, un program de creat site-uri sau orice editor de text.',
  'exports.start': 'Pornește exportul',
  'exports.starting': 'Se pornește…',
  'exports.busy': 'Exportul tău rulează: următorul poate porni după ce se termină.',
  'exports.busyElsewhere': 'Un alt export al tău rulează: acesta poate porni după ce se termină.',
  'exports.recent': 'Exporturile tale',
  'exports.job.title': '{format} din {when}',
  'exports.job.preparing': 'Se pregătește…',
  'exports.job.running': 'Se exportă… {percent}',
  'exports.job.progress': 'Progresul exportului ({when})',
  'exports.job.done': 'Gata. Fișierul e păstrat până la {until}.',
  'exports.job.download': 'Descarcă ({size})',
  'exports.job.downloadLabel': 'Descarcă fișierul: {format}, {when} ({size})',
  'exports.job.failed': 'Exportul nu s-a terminat. Pornește-l din nou; dacă nu merge nici atunci, spune-i administratorului.',
  // One space, on its own page.
  'exports.space.title': 'Exportă acest spațiu',
  'exports.space.open': 'Alege ce exporți',
  'exports.space.close': 'Închide exportul',
  'exports.space.intro':
    'Descarcă documentele, tablele și postările publicate din acest spațiu într-un singur fișier. Fișierul se pregătește în fundal: lucrează mai departe, iar linkul apare aici când e gata. Fiecare fișier rămâne disponibil o zi.',
  'exports.site.home': 'Acasă',
  'exports.site.timeline': 'Vizite și postări',
  'exports.site.credits': 'Autori',
  'exports.site.creditsRule':
    'Toți cei care au scris ce găsești aici. Elevii apar cu numele doar dacă școala lor are acordul lor; ceilalți sunt numărați pe țări.',
  'exports.site.creditsPerItem': 'Cine a scris fiecare material',
  'exports.site.space': 'Din spațiul „{title}”',
  'exports.site.host': 'Găzduită de {school} ({country})',
  'exports.site.phaseEmpty': 'Nicio postare.',
  'exports.site.otherPosts': 'Alte postări',
  'exports.site.exported': 'Exportat din Kopa pe {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Printează',
};
