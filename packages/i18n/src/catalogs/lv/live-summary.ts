import type { liveSummary as english } from '../en/live-summary.js';

/** Tiešraides nodarbības kopsavilkums, ko tā ieraksta savā telpā, kad beidzas. */
export const liveSummary: Record<keyof typeof english, string> = {
  'liveSummary.itemTitle': 'Tiešraides nodarbība: {title} ({date})',
  'liveSummary.when': '{date}, {start}–{end} ({minutes, plural, zero {# minūšu} one {# minūte} other {# minūtes}}). Vadīja {hosts}.',
  'liveSummary.attendance': 'Kas piedalījās ({count})',
  'liveSummary.person': '{name} ({country}), {school}: no {from} līdz {to}',
  'liveSummary.personNoSchool': '{name}: no {from} līdz {to}',
  'liveSummary.nobody': 'Neviens cits nepievienojās.',
  'liveSummary.polls': 'Aptaujas',
  'liveSummary.poll': '{question} ({voters, plural, zero {# balsu} one {# balss} other {# balsis}})',
  'liveSummary.pollOption': '{label}: {votes}',
  'liveSummary.worked': 'Pie kā mēs strādājām',
  'liveSummary.workedItem': '{title}: versija „{version}” to saglabā tādu, kāds tas bija beigās',
  'liveSummary.workedNone': 'Nodarbības laikā neviens dokuments vai tāfele netika mainīta.',
  'liveSummary.versionName': 'Tiešraides nodarbības beigas {date}',
  'liveSummary.chat': 'Tērzēšana',
  'liveSummary.chatLine': '{time} {name}: {body}',
  'liveSummary.chatEmpty': 'Tērzēšanā neviens neko neuzrakstīja.',
  'liveSummary.chatNotKept': 'Vadītāji izvēlējās tērzēšanu nesaglabāt.',
};
