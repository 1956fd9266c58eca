import type { teams as english } from '../en/teams.js';

/** Komandu lapa: visu skats uz komandām un skolotāju komandu veidotājs. */
export const teams: Record<keyof typeof english, string> = {
  'nav.teams': 'Komandas',

  'teams.title': 'Komandas',
  'teams.introStaff': 'Sajauc skolēnus no visām skolām komandās. Katrai komandai ir sava telpa darbam.',
  'teams.introMember': 'Šīs ir tavas partnerības komandas. Tavas komandas ir atzīmētas.',
  'teams.none': 'Komandu vēl nav.',
  'teams.noneStaff': 'Komandu vēl nav. Ļauj Kopai ieteikt jauktas komandas un tad tās pielāgo.',
  'teams.yours': 'Tava komanda',
  'teams.memberCount':
    '{count, plural, =0 {Nav dalībnieku} zero {# dalībnieku} one {# dalībnieks} other {# dalībnieki}}',
  'teams.empty': 'Šajā komandā vēl neviena nav.',
  'teams.mix': 'Skolu sajaukums',
  'teams.mixCount': '{count} no {country}',
  'teams.teacher': 'Skolotājs',
  'teams.archivedHeading': 'Arhivētās komandas ({count})',
  'teams.archivedNote': 'Arhivētām komandām telpa un dokumenti paliek, tikai lasīšanai.',
  'teams.restore': 'Atjaunot',
  'teams.restored': '„{name}” ir atpakaļ.',

  'teams.propose': 'Ieteikt komandas',
  'teams.newTeam': 'Jauna komanda',
  'teams.newTeamName': 'Jaunās komandas nosaukums',
  'teams.create': 'Izveidot komandu',
  'teams.cancel': 'Atcelt',
  'teams.nameRequired': 'Komandai vajag nosaukumu.',
  'teams.rename': 'Pārdēvēt {name}',
  'teams.renameLabel': 'Jauns nosaukums komandai {name}',
  'teams.saveName': 'Saglabāt nosaukumu',
  'teams.archive': 'Arhivēt {name}',
  'teams.archived': '„{name}” ir arhivēta. Tās telpa paliek, tikai lasīšanai.',
  'teams.undo': 'Atsaukt',

  'teams.pool': 'Nav komandā',
  'teams.poolEmpty': 'Visi skolēni ir komandās.',
  'teams.poolHint': 'Skolēni, kas nav nevienā komandā. Pārvieto kādu šurp, lai izņemtu no komandas.',
  'teams.moveHere': 'Pārvietot {name} šurp',
  'teams.boardHelp':
    'Lai kādu pārvietotu, velc vārdu uz citu komandu. Vai arī izvēlies vārdu (atstarpe vai Enter), izvēlies komandu ar bultiņām vai pieskaroties „Pārvietot šurp” un izvēlies vēlreiz, lai noliktu. Escape atceļ.',
  'teams.chip': '{name} ({country})',
  'teams.chipCarried': '{name}, paņemts',

  'teams.announce.pickedUp':
    '{name} paņemts, komandā {team}. Ar bultiņām izvēlies komandu, ar atstarpi noliec, ar Escape atcel.',
  'teams.announce.over': '{name}: virs komandas {team}.',
  'teams.announce.moved': '{name} pārvietots uz {team}.',
  'teams.announce.removed': '{name} izņemts no {team}.',
  'teams.announce.stayed': '{name} paliek komandā {team}.',
  'teams.announce.cancelled': '{name} nolikts atpakaļ komandā {team}.',
  'teams.announce.already': '{name} jau ir komandā {team}.',

  'teams.unsaved':
    '{count, plural, zero {Mainīts # komandu} one {Mainīta # komanda} other {Mainītas # komandas}}. Saglabā, lai skolēni to redzētu.',
  'teams.save': 'Saglabāt izmaiņas',
  'teams.discard': 'Atmest izmaiņas',
  'teams.saved': 'Komandas saglabātas.',

  'teams.proposeTitle': 'Ieteikt jauktas komandas',
  'teams.proposeIntro':
    'Kopa vienmērīgi sadala katras skolas skolēnus pa komandām. Pārbaudi sajaukumu, pārvieto, ko vēlies, un saglabā.',
  'teams.teamCount': 'Komandu skaits',
  'teams.fewer': 'Par vienu komandu mazāk',
  'teams.more': 'Par vienu komandu vairāk',
  'teams.perTeam': '{count, plural, zero {# skolēnu} one {# skolēns} other {# skolēni}} komandā',
  'teams.perTeamRange': '{min} vai {max} skolēni komandā',
  'teams.onlyUnassigned': 'Tikai skolēni, kas vēl nav nevienā komandā',
  'teams.noPupils': 'Vēl nav skolēnu, ko likt komandās. Vispirms izveido skolēnu kontus.',
  'teams.mixAgain': 'Sajaukt vēlreiz',
  'teams.defaultName': '{number}. komanda',
  'teams.teamName': 'Komandas nosaukums',
  'teams.saveProposal': '{count, plural, zero {Saglabāt # komandu} one {Saglabāt # komandu} other {Saglabāt # komandas}}',
  'teams.proposalSaved':
    '{count, plural, zero {Saglabāts # jaunu komandu} one {Saglabāta # jauna komanda} other {Saglabātas # jaunas komandas}}. To telpas ir sākumlapā.',
  'teams.goHome': 'Uz sākumlapu',
  'teams.backToTeams': 'Atpakaļ pie komandām',
};
