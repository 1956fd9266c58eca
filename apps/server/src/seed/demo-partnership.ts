import { randomUUID } from 'node:crypto';
import { createDocId, type Role } from '@kopa/protocol';
import { createDocumentContent } from '@kopa/editor';
import type { SqliteDatabase } from '../db/open-database.js';
import type { MembershipRepository } from '../directory/membership-repository.js';
import type { PartnershipRepository, SchoolRecord } from '../directory/partnership-repository.js';
import type { UserRepository } from '../directory/user-repository.js';
import { hashPassword } from '../auth/passwords.js';
import type { SpaceRepository } from '../spaces/space-repository.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { MobilityRepository } from '../mobilities/mobility-repository.js';
import type { TeamRepository } from '../teams/team-repository.js';
import { seedDemoGlossary } from './demo-glossary.js';

/** Every demo account's password (listed in the README). */
export const DEMO_PASSWORD = 'kopa-demo';

interface DemoPerson {
  username: string;
  displayName: string;
  school: 'LV' | 'ES' | 'IT' | 'RO' | null;
  role: Role;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { username: 'ilze', displayName: 'Ilze', school: 'LV', role: 'coordinator' },
  { username: 'carmen', displayName: 'Carmen', school: 'ES', role: 'teacher' },
  { username: 'marco', displayName: 'Marco', school: 'IT', role: 'teacher' },
  { username: 'ana', displayName: 'Ana', school: 'RO', role: 'teacher' },
  { username: 'janis', displayName: 'Jānis', school: 'LV', role: 'pupil' },
  { username: 'lucia', displayName: 'Lucía', school: 'ES', role: 'pupil' },
  { username: 'giulia', displayName: 'Giulia', school: 'IT', role: 'pupil' },
  { username: 'andrei', displayName: 'Andrei', school: 'RO', role: 'pupil' },
  { username: 'guest', displayName: 'Guest', school: null, role: 'guest' },
];

const DEMO_SCHOOLS: ReadonlyArray<Omit<SchoolRecord, 'id'>> = [
  { name: 'Daugavpils Secondary School', city: 'Daugavpils', country: 'LV', languages: ['lv', 'ru', 'en'] },
  { name: 'IES Gijón', city: 'Gijón', country: 'ES', languages: ['es', 'en'] },
  { name: 'Scuola Secondaria Salerno', city: 'Salerno', country: 'IT', languages: ['it', 'en'] },
  { name: 'Liceul Timișoara', city: 'Timișoara', country: 'RO', languages: ['ro', 'en'] },
];

export interface SeedDeps {
  db: SqliteDatabase;
  users: UserRepository;
  partnerships: PartnershipRepository;
  memberships: MembershipRepository;
  teams: TeamRepository;
  mobilities: MobilityRepository;
  spaces: SpaceRepository;
  store: DocumentStore;
}

/**
 * "Together in our diversity": four schools, their teachers and pupils, a guest;
 * the partnership's own space; a team "Welcome" of the four pupils whose space
 * holds the document "Our first words"; a visit to Gijón with its diary; and a
 * few approved glossary terms that occur in that document.
 * Runs only on a database without partnerships.
 */
export async function seedDemoPartnership(deps: SeedDeps): Promise<boolean> {
  // Empty, or holding only the administrators someone made with the CLI before the first start.
  if (deps.partnerships.all().length > 0 || DEMO_PEOPLE.some((person) => deps.users.isUsernameTaken(person.username))) return false;

  const hashes = await Promise.all(DEMO_PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));
  const schools = DEMO_SCHOOLS.map((school) => ({ ...school, id: randomUUID() }));
  const schoolIdOf = (country: DemoPerson['school']) => schools.find((s) => s.country === country)?.id ?? null;
  const people = DEMO_PEOPLE.map((person, index) => ({ ...person, id: randomUUID(), hash: hashes[index]! }));
  const partnershipId = randomUUID();
  const teamId = randomUUID();
  const docId = createDocId();

  // Content first: an item must never point at a document with nothing stored.
  await deps.store.appendUpdates([
    {
      docId,
      update: createDocumentContent([
        { type: 'heading', tag: 'h1', text: 'Our first words' },
        {
          type: 'paragraph',
          text: 'Hello from Daugavpils, Gijón, Salerno and Timișoara! Write your name, your town and one thing you love about it.',
        },
      ]),
    },
  ]);

  deps.db.transaction(() => {
    for (const school of schools) deps.partnerships.insertSchool(school);
    deps.partnerships.insertPartnership(
      {
        id: partnershipId,
        title: 'Together in our diversity',
        referenceCode: '2025-1-LV01-KA220-SCH-000123',
        startDate: daysFromNow(-420),
        endDate: daysFromNow(300),
        themes: ['diversity', 'inclusion', 'cultural heritage'],
        languages: ['en', 'lv', 'es', 'it', 'ro'],
        licence: 'CC-BY-SA-4.0',
        state: 'active',
      },
      schools.map((school) => school.id),
    );
    for (const person of people) {
      deps.users.insert({
        id: person.id,
        username: person.username,
        passwordHash: person.hash,
        displayName: person.displayName,
        schoolId: schoolIdOf(person.school),
        active: true,
      });
      deps.memberships.addMember(partnershipId, person.id, person.role);
    }
    const pupils = people.filter((person) => person.role === 'pupil').map((person) => person.id);
    const spaceIds = { partnership: randomUUID(), team: randomUUID() };
    const none = { teamId: null, mobilityId: null };
    deps.spaces.insertSpace({ id: spaceIds.partnership, partnershipId, kind: 'partnership', ...none, title: 'Together in our diversity' });
    deps.teams.insert({ id: teamId, partnershipId, name: 'Welcome', memberIds: pupils });
    deps.spaces.insertSpace({ id: spaceIds.team, partnershipId, kind: 'team', ...none, teamId, title: 'Welcome' });
    deps.spaces.insertItem({ id: randomUUID(), spaceId: spaceIds.team, type: 'doc', title: 'Our first words', docId }, null);

    // Two visits, dated around today so the demo always has a past and a coming one:
    // everyone travels but the hosts.
    const visits = [
      { country: 'ES', title: 'Visit to Gijón', start: -240 },
      { country: 'IT', title: 'Visit to Salerno', start: 21 },
    ];
    for (const visit of visits) {
      const host = schools.find((school) => school.country === visit.country)!;
      const mobilityId = randomUUID();
      deps.mobilities.insert({
        id: mobilityId,
        partnershipId,
        title: visit.title,
        hostSchoolId: host.id,
        city: host.city,
        startDate: daysFromNow(visit.start),
        endDate: daysFromNow(visit.start + 4),
        travellerIds: people.filter((person) => person.school !== null && person.school !== visit.country).map((p) => p.id),
      });
      deps.spaces.insertSpace({ id: randomUUID(), partnershipId, kind: 'mobility', ...none, mobilityId, title: visit.title });
    }
    seedDemoGlossary(deps.db, partnershipId, (username) => people.find((person) => person.username === username)!.id);
  })();
  return true;
}

/** An ISO date (YYYY-MM-DD) this many days from today. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
