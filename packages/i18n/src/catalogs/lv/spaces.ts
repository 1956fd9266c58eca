import type { spaces as english } from '../en/spaces.js';

/** The home page, spaces and their items, presence. */
export const spaces: Record<keyof typeof english, string> = {
  'home.greeting': 'Sveiki, {name}!',
  'home.intro': 'Šeit ir telpas, kurās tu strādā kopā ar partneriem.',
  'home.empty': 'Tu vēl neesi nevienā telpā. Skolotājs drīz tevi pievienos komandai.',
  'home.spacesHeading': 'Tavas telpas',
  'home.introPupil': 'Šeit ir tas, kas ir tavs: tava komanda un vizītes, uz kurām tu brauc.',
  'home.groupPartnership': 'Visa partnerība',
  'home.groupTeams': 'Komandas',
  'home.groupMobilities': 'Vizīšu dienasgrāmatas',
  'home.forEveryone': 'Visai partnerībai',
  'home.forEveryoneHint': 'Šo telpu lasa visi partnerībā; tajā raksta skolotāji.',
  'home.noOwnSpaces': 'Tu vēl neesi nevienā komandā. Skolotājs tevi drīz pievienos.',

  'space.kind.partnership': 'Visa partnerība',
  'space.kind.team': 'Komanda',
  'space.kind.mobility': 'Mobilitāte',
  'space.itemsCount':
    '{count, plural, =0 {Vēl nav neviena dokumenta} zero {# dokumentu} one {# dokuments} other {# dokumenti}}',
  'space.emptyItems': 'Te vēl nekā nav.',
  'space.hereNow': 'Tagad šeit',
  'space.nobodyElse': 'Pašlaik šeit esi tikai tu.',
  'space.newDocument': 'Jauns dokuments',
  'space.newDocumentTitle': 'Jaunā dokumenta nosaukums',
  'space.titleRequired': 'Dokumentam vajag nosaukumu.',
  'space.create': 'Izveidot',
  'space.cancel': 'Atcelt',

  'item.type.doc': 'Dokuments',
  'item.type.board': 'Tāfele',
  'item.type.post': 'Bloga ieraksts',
  'item.open': 'Atvērt „{title}”',
  'item.readOnly': 'Tikai lasīšanai',

  'presence.member': '{name} ({country})',
  'presence.you': '{name} (tu)',
};
