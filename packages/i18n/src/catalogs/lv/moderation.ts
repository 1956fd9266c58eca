import type { moderation as english } from '../en/moderation.js';

/** The teachers' moderation queue (reports of posts and comments) and the audit log. */
export const moderation: Record<keyof typeof english, string> = {
  'nav.moderation': 'Moderēšana',

  'moderation.title': 'Moderēšana',
  'moderation.intro': 'Par ko cilvēki ziņoja blogā un ko skolotāji ar to darīja.',
  'moderation.tab.reports': 'Ziņojumi',
  'moderation.tab.open': '{count, plural, zero {# neizskatītu} one {# neizskatīts} other {# neizskatīti}}',
  'moderation.tab.audit': 'Darbību žurnāls',
  'moderation.showHandled': 'Rādīt arī izskatītos ziņojumus',
  'moderation.empty': 'Nav ko skatīt: neizskatītu ziņojumu nav.',

  'moderation.report.post': 'Ieraksts „{title}”',
  'moderation.report.comment': 'Komentārs pie „{title}”',
  'moderation.report.gone': 'Teksta, par kuru ziņoja, vairs nav.',
  'moderation.report.reason': 'Kāpēc',
  'moderation.report.by': 'Ziņoja',
  'moderation.report.byWhen': '{name}, {date}',
  'moderation.report.handled': 'Izskatīts',
  'moderation.report.handledWhen': '{what}, {date}',
  'moderation.report.open': 'Atvērt „{title}”',
  'moderation.report.actions': 'Ko darīt ar ziņojumu par „{title}”',
  'moderation.error.commentGone': 'Komentārs jau ir izdzēsts. Noraidi ziņojumu.',
  'moderation.error.notPublished': 'Ieraksts vairs nav publicēts. Noraidi ziņojumu.',

  'moderation.action.dismiss': 'Noraidīt',
  'moderation.action.hideComment': 'Paslēpt komentāru',
  'moderation.action.deleteComment': 'Dzēst komentāru',
  'moderation.action.unpublishPost': 'Noņemt no bloga',

  'moderation.confirm.label': 'Vai tiešām?',
  'moderation.confirm.deleteComment': 'Dzēst šo komentāru pie „{title}” pavisam? Neviens to vairs neredzēs.',
  'moderation.confirm.deleteYes': 'Jā, dzēst',
  'moderation.confirm.unpublishPost': 'Noņemt „{title}” no bloga? Komanda ierakstu patur un var to iesniegt vēlreiz.',
  'moderation.confirm.unpublishYes': 'Jā, noņemt',
  'moderation.confirm.keep': 'Atcelt',

  'moderation.done.dismiss': 'Ziņojums par „{title}” noraidīts.',
  'moderation.done.hideComment': 'Komentārs pie „{title}” paslēpts. Tagad to redz tikai skolotāji.',
  'moderation.done.deleteComment': 'Komentārs pie „{title}” izdzēsts.',
  'moderation.done.unpublishPost': '„{title}” vairs nav blogā. Komanda var to labot un iesniegt vēlreiz.',

  'moderation.resolution.dismiss': 'Noraidīts',
  'moderation.resolution.hideComment': 'Komentārs paslēpts',
  'moderation.resolution.deleteComment': 'Komentārs izdzēsts',
  'moderation.resolution.unpublishPost': 'Ieraksts noņemts no bloga',

  'moderation.audit.empty': 'Vēl nekas nav darīts.',
  'moderation.audit.someone': 'Kāds, kas aizgāja',
  'moderation.audit.postPublish': '{actor} publicēja „{title}”',
  'moderation.audit.postUnpublish': '{actor} noņēma „{title}” no bloga',
  'moderation.audit.commentHide': '{actor} paslēpa komentāru, ko rakstīja {subject}',
  'moderation.audit.commentShow': '{actor} atkal parādīja komentāru, ko rakstīja {subject}',
  'moderation.audit.commentDelete': '{actor} izdzēsa komentāru, ko rakstīja {subject}',
  'moderation.audit.reportDismiss': '{actor} noraidīja ziņojumu',
  'moderation.audit.other': '{actor} izdarīja „{action}”',
  'moderation.audit.note': 'Piezīme: {note}',
  'moderation.audit.reason': 'Iemesls: {reason}',
};
