import { countryName, type Locale, type Translate } from '@kopa/i18n';
import type { Role } from '@kopa/protocol';

/**
 * How a writer appears in anything that leaves Kopa (the public showcase, the static website
 * and Markdown exports). Teachers: display name and country. Pupils: the same only with their
 * publication consent, otherwise counted as "a pupil from <country>". Anyone no longer in the
 * partnership: "someone from <country>". Never a username, a school's id or anything else of
 * the account.
 */
export type PublicCredit =
  | { kind: 'named'; name: string; country: string | null }
  | { kind: 'pupils'; count: number; country: string | null }
  | { kind: 'someone'; country: string | null };

/** What the rule needs to know of a person in a partnership (ShowcaseRepository.person answers it). */
export interface PublicPerson {
  displayName: string;
  country: string | null;
  role: Role | null;
  /** The pupil's publication consent (their teacher ticks it). */
  publication: boolean;
}

export interface PublicPersonLookup {
  person(partnershipId: string, userId: string): PublicPerson | null;
}

/** The credits of a list of writers (most text first): named people in order, then unnamed pupils by country. */
export function publicCredits(repository: PublicPersonLookup, partnershipId: string, userIds: readonly string[]): PublicCredit[] {
  const named: PublicCredit[] = [];
  const unnamedPupils = new Map<string, number>();
  const someone = new Set<string>();
  for (const userId of new Set(userIds)) {
    const person = repository.person(partnershipId, userId);
    if (!person) continue;
    const country = person.country ?? '';
    if (person.role === 'coordinator' || person.role === 'teacher') named.push({ kind: 'named', name: person.displayName, country: person.country });
    else if (person.role === 'pupil' && person.publication) named.push({ kind: 'named', name: person.displayName, country: person.country });
    else if (person.role === 'pupil') unnamedPupils.set(country, (unnamedPupils.get(country) ?? 0) + 1);
    else someone.add(country);
  }
  return [
    ...named,
    ...[...unnamedPupils].map(([country, count]): PublicCredit => ({ kind: 'pupils', count, country: country || null })),
    ...[...someone].map((country): PublicCredit => ({ kind: 'someone', country: country || null })),
  ];
}

/** Credits as one line: "Carmen (Spain), Jānis (Latvia), 2 pupils from Italy". */
export function creditsText({ t, locale }: { t: Translate; locale: Locale }, credits: readonly PublicCredit[]): string {
  const country = (code: string | null) => (code ? countryName(code, locale) : null);
  return credits
    .map((credit) => {
      const name = country(credit.country);
      switch (credit.kind) {
        case 'named':
          return name ? t('presence.member', { name: credit.name, country: name }) : credit.name;
        case 'pupils':
          return name ? t('showcase.public.pupils', { count: credit.count, country: name }) : t('showcase.public.pupilsNoCountry', { count: credit.count });
        case 'someone':
          return name ? t('showcase.public.someone', { country: name }) : t('showcase.public.someoneNoCountry');
      }
    })
    .join(', ');
}
