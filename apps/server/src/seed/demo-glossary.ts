import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from '../db/open-database.js';
import { GlossaryRepository } from '../glossary/glossary-repository.js';

/**
 * The demo partnership's first glossary terms, approved: words of the seeded document ("Hello from
 * Daugavpils… Write your name, your town…") and of the demo's blog posts, so a new person sees terms
 * highlighted at once. Each was proposed by someone of the partnership and approved by a teacher, as
 * real ones are.
 */
const DEMO_TERMS: readonly { translations: Record<string, string>; proposer: string; approver: string }[] = [
  { translations: { en: 'hello', lv: 'sveiki', es: 'hola', it: 'ciao', ro: 'salut' }, proposer: 'lucia', approver: 'carmen' },
  { translations: { en: 'town', lv: 'pilsēta', es: 'ciudad', it: 'città', ro: 'oraș' }, proposer: 'janis', approver: 'ilze' },
  { translations: { en: 'name', lv: 'vārds', es: 'nombre', it: 'nome', ro: 'nume' }, proposer: 'ilze', approver: 'ilze' },
  // Words of the demo's blog posts (seed/demo-posts.ts), when those are seeded too.
  { translations: { en: 'beach', lv: 'pludmale', es: 'playa', it: 'spiaggia', ro: 'plajă' }, proposer: 'andrei', approver: 'ana' },
  { translations: { en: 'lunch', lv: 'pusdienas', es: 'comida', it: 'pranzo', ro: 'prânz' }, proposer: 'giulia', approver: 'marco' },
];

/** Call inside the seed's transaction; `userIdOf` finds a demo person's id by username. */
export function seedDemoGlossary(db: SqliteDatabase, partnershipId: string, userIdOf: (username: string) => string): void {
  const glossary = new GlossaryRepository(db);
  const now = Date.now();
  DEMO_TERMS.forEach((term, index) => {
    glossary.insert({
      id: randomUUID(),
      partnershipId,
      translations: term.translations,
      uploadId: null,
      pictureAlt: '',
      status: 'approved',
      createdBy: userIdOf(term.proposer),
      approvedBy: userIdOf(term.approver),
      // One after the other, in this order.
      createdAt: now + index,
      updatedAt: now + index,
    });
  });
}
