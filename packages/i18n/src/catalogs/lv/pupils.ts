import type { pupils as english } from '../en/pupils.js';

/** Skolēnu konti: klases pievienošana, jaunas paroles, kontu izslēgšana, pieteikšanās kartītes. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Skolēni',

  'pupils.title': 'Skolēni',
  'pupils.intro':
    'Skolas {school} skolēni piesakās ar lietotājvārdu un paroli, ko tu viņiem iedod. Visi viņus redz pēc vārda un valsts, nekad pēc pilna vārda un uzvārda.',
  'pupils.noSchool': 'Tavs konts nav piesaistīts skolai, tāpēc šeit nav skolēnu, par kuriem tev rūpēties.',

  'pupils.add.heading': 'Pievienot skolēnus',
  'pupils.add.label': 'Vārdi, katrs savā rindā',
  'pupils.add.hint':
    'Ieraksti vai ielīmē sarakstu, piemēram, no izklājlapas. No katras rindas tiek paturēts tikai pirmais vārds: vārds vai iesauka. Ne vairāk kā {max} vienlaikus.',
  'pupils.add.count': '{count, plural, =0 {Vēl nav neviena vārda} zero {# vārdu} one {# vārds} other {# vārdi}}',
  'pupils.add.submit': '{count, plural, =0 {Izveidot kontus} zero {Izveidot # kontu} one {Izveidot # kontu} other {Izveidot # kontus}}',
  'pupils.add.submitting': 'Veido kontus…',
  'pupils.add.none': 'Ieraksti vismaz vienu vārdu.',
  'pupils.add.tooMany': 'Tie ir {count} vārdi; vienlaikus var ne vairāk kā {max}. Sadali sarakstu un pievieno pa daļām.',
  'pupils.add.notNames':
    '{count, plural, =1 {Rindā {lines} nav vārda} zero {Rindās {lines} nav vārdu} one {Rindās {lines} nav vārdu} other {Rindās {lines} nav vārdu}}: lieto tikai burtus, bez cipariem, emocijzīmēm vai simboliem.',
  'pupils.add.sameName':
    '{count, plural, =2 {Diviem skolēniem ir vārds {name}} =3 {Trim skolēniem ir vārds {name}} zero {# skolēniem ir vārds {name}} one {# skolēnam ir vārds {name}} other {# skolēniem ir vārds {name}}}: pārbaudi lietotājvārdus viņu kartītēs, lai viņus atšķirtu.',
  'pupils.add.shortened':
    '{count, plural, zero {# rindās ir vairāki vārdi: no katras paturēts tikai pirmais.} =1 {# rindā ir vairāki vārdi: paturēts tikai pirmais.} one {# rindā ir vairāki vārdi: no katras paturēts tikai pirmais.} other {# rindās ir vairāki vārdi: no katras paturēts tikai pirmais.}}',

  'pupils.created.title': '{count, plural, zero {Izveidots # kontu} one {Izveidots # konts} other {Izveidoti # konti}}',
  'pupils.created.onlyOnce':
    'Izdrukā pieteikšanās kartītes tagad: paroles tiek rādītas tikai šo vienu reizi. Vēlāk jebkuram vari piešķirt jaunu paroli.',
  'pupils.created.print': 'Drukāt pieteikšanās kartītes',
  'pupils.created.done': 'Gatavs, paslēpt paroles',
  'pupils.created.caption': 'Jaunie konti un to paroles',

  'pupils.column.name': 'Vārds',
  'pupils.column.username': 'Lietotājvārds',
  'pupils.column.password': 'Parole',

  'pupils.list.heading': 'Tavi skolēni',
  'pupils.list.count': '{count, plural, =0 {Vēl nav skolēnu} zero {# skolēnu} one {# skolēns} other {# skolēni}}',
  'pupils.list.empty': 'Vēl nav skolēnu. Pievieno savu klasi augstāk: katrā rindā vienu vārdu.',

  'pupils.active.switch': '{name} var pieteikties',
  'pupils.active.on': 'Var pieteikties',
  'pupils.active.off': 'Izslēgts',

  'pupils.reset.button': 'Jauna parole',
  'pupils.reset.buttonFor': 'Jauna parole skolēnam {name}',
  'pupils.reset.confirm':
    'Piešķirt skolēnam {name} jaunu paroli? Vecā parole uzreiz pārstās darboties, un {name} tiks izrakstīts visur.',
  'pupils.reset.yes': 'Jā, jauna parole',
  'pupils.reset.cancel': 'Atcelt',
  'pupils.reset.shown': 'Jaunā parole skolēnam {name}, redzama tikai tagad:',
  'pupils.reset.printCard': 'Drukāt kartīti',
  'pupils.reset.hide': 'Paslēpt',

  'pupils.cards.title': 'Pieteikšanās kartītes',
  'pupils.cards.back': 'Atpakaļ pie skolēniem',
  'pupils.cards.print': 'Drukāt',
  'pupils.cards.hint':
    '{count, plural, zero {# kartīšu} one {# kartīte} other {# kartītes}}, astoņas katrā A4 lapā. Izgriez pa svītrotajām līnijām un iedod katram skolēnam viņa kartīti.',
  'pupils.cards.empty':
    'Nav jaunu paroļu, ko drukāt. Paroles tiek rādītas tikai vienreiz: pievieno skolēnus vai piešķir kādam jaunu paroli un drukā no turienes.',
  'pupils.cards.username': 'Lietotājvārds',
  'pupils.cards.password': 'Parole',
  'pupils.cards.scan': 'Noskenē, lai pieteiktos',
  'pupils.cards.address': 'Vai atver {address}',
  'pupils.cards.qr': 'QR kods: atver pieteikšanās lapu lietotājam {username}',
  'pupils.cards.forget': 'Aizmirst šīs paroles',
};
