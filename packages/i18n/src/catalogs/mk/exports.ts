import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Export',
  'exports.intro':
    'Download the whole partnership as one file. It is made in the background: go on working, and its link appears here when it is ready. Each file stays for a day.',
  'exports.loadFailed': 'The exports could not be loaded.',
  'exports.format.label': 'What to export',
  'exports.format.backup': 'Complete backup',
  'exports.format.backup.hint':
    'Everything, to restore into an empty Kopa: people with their passwords (never their logins), spaces, documents, boards, blog posts, pictures and all their history. Keep the file as safe as the server itself.',
  'exports.format.site': 'Website',
  'exports.format.site.hint':
    'A website to open from a folder or put on the project’s web pages: the partnership, the visits, every post published in the blog, the documents and boards, with their pictures and the licence. Drafts are left out; pupils are named only with their school’s consent.',
  'exports.format.markdown': 'Markdown files',
  'exports.format.markdown.hint':
    'The published posts and the documents as Markdown files, the boards as SVG pictures, with an index and their pictures: for a wiki, a website builder or any text editor.',
  'exports.start': 'Start the export',
  'exports.starting': 'Starting…',
  'exports.busy': 'Your export is running: the next one can start when it is done.',
  'exports.busyElsewhere': 'Another export of yours is running: this one can start when it is done.',
  'exports.recent': 'Your exports',
  'exports.job.title': '{format}, started {when}',
  'exports.job.preparing': 'Getting ready…',
  'exports.job.running': 'Exporting… {percent}',
  'exports.job.progress': 'Progress of the export ({when})',
  'exports.job.done': 'Ready. The file is kept until {until}.',
  'exports.job.download': 'Download ({size})',
  'exports.job.downloadLabel': 'Download the file: {format}, {when} ({size})',
  'exports.job.failed': 'The export did not finish. Start it again; if it fails again, tell your administrator.',
  // One space, on its own page.
  'exports.space.title': 'Export this space',
  'exports.space.open': 'Choose what to export',
  'exports.space.close': 'Close the export',
  'exports.space.intro':
    'Download this space’s documents, boards and published posts as one file. It is made in the background: go on working, and its link appears here when it is ready. Each file stays for a day.',
  'exports.site.home': 'Home',
  'exports.site.timeline': 'Visits and posts',
  'exports.site.credits': 'Credits',
  'exports.site.creditsRule':
    'Everyone who wrote what is here. Pupils are named only when their school has their consent; the others are counted by country.',
  'exports.site.creditsPerItem': 'Who wrote each one',
  'exports.site.space': 'From the space “{title}”',
  'exports.site.host': 'Hosted by {school} ({country})',
  'exports.site.phaseEmpty': 'No posts.',
  'exports.site.otherPosts': 'Other posts',
  'exports.site.exported': 'Exported from Kopa on {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Print',
};
