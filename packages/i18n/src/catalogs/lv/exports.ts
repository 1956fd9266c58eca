import type { exporting as english } from '../en/exports.js';

/** Partnerības eksports (pilna rezerves kopija, statiska tīmekļa vietne, Markdown): panelis partnerības lapā un vārdi, ko raksta vietnes un Markdown eksports. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Eksports',
  'exports.intro':
    'Lejupielādē visu partnerību vienā datnē. Tā top fonā: turpini strādāt, un saite uz to parādīsies šeit, kad tā būs gatava. Katra datne tiek glabāta vienu dienu.',
  'exports.loadFailed': 'Eksportus neizdevās ielādēt.',
  'exports.format.label': 'Ko eksportēt',
  'exports.format.backup': 'Pilna rezerves kopija',
  'exports.format.backup.hint':
    'Viss, lai to varētu atjaunot tukšā Kopā: cilvēki ar savām parolēm (nekad ne pieteikšanās sesijas), telpas, dokumenti, tāfeles, bloga ieraksti, attēli un visa to vēsture. Glabā datni tikpat droši kā pašu serveri.',
  'exports.format.site': 'Tīmekļa vietne',
  'exports.format.site.hint':
    'Vietne, ko atvērt no mapes vai ievietot projekta tīmekļa lapās: partnerība, vizītes, visi blogā publicētie ieraksti, dokumenti un tāfeles ar attēliem un licenci. Melnraksti netiek iekļauti; skolēni tiek nosaukti vārdā tikai ar skolas piekrišanu.',
  'exports.format.markdown': 'Markdown datnes',
  'exports.format.markdown.hint':
    'Publicētie ieraksti un dokumenti kā Markdown datnes, tāfeles kā SVG attēli, ar satura rādītāju un attēliem: vikijam, vietņu veidotājam vai jebkuram teksta redaktoram.',
  'exports.start': 'Sākt eksportu',
  'exports.starting': 'Sāk…',
  'exports.busy': 'Tavs eksports vēl notiek: nākamo varēs sākt, kad tas būs pabeigts.',
  'exports.busyElsewhere': 'Vēl notiek cits tavs eksports: šo varēs sākt, kad tas būs pabeigts.',
  'exports.recent': 'Tavi eksporti',
  'exports.job.title': '{format} (sākums: {when})',
  'exports.job.preparing': 'Gatavojas…',
  'exports.job.running': 'Eksportē… {percent}',
  'exports.job.progress': 'Eksporta norise ({when})',
  'exports.job.done': 'Gatavs. Datne pieejama līdz: {until}.',
  'exports.job.download': 'Lejupielādēt ({size})',
  'exports.job.downloadLabel': 'Lejupielādēt datni: {format}, {when} ({size})',
  'exports.job.failed': 'Eksports netika pabeigts. Sāc to vēlreiz; ja atkal neizdodas, pasaki administratoram.',
  'exports.space.title': 'Eksportēt šo telpu',
  'exports.space.open': 'Izvēlēties, ko eksportēt',
  'exports.space.close': 'Aizvērt eksportu',
  'exports.space.intro':
    'Lejupielādē šīs telpas dokumentus, tāfeles un publicētos ierakstus vienā datnē. Tā top fonā: turpini strādāt, un saite uz to parādīsies šeit, kad tā būs gatava. Katra datne tiek glabāta vienu dienu.',
  'exports.site.home': 'Sākums',
  'exports.site.timeline': 'Vizītes un ieraksti',
  'exports.site.credits': 'Autori',
  'exports.site.creditsRule':
    'Šeit ir visi, kas ko rakstīja. Skolēni tiek nosaukti vārdā tikai tad, ja skolai ir viņu piekrišana; pārējie ir saskaitīti pa valstīm.',
  'exports.site.creditsPerItem': 'Kas rakstīja katru no tiem',
  'exports.site.space': 'No telpas „{title}”',
  'exports.site.host': 'Uzņēma {school} ({country})',
  'exports.site.phaseEmpty': 'Ierakstu nav.',
  'exports.site.otherPosts': 'Citi ieraksti',
  'exports.site.exported': 'Eksportēts no Kopas {date}.',
  'print.button': 'Drukāt',
};
