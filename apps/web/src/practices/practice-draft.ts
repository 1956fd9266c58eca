import type { MessageId, MessageValues } from '@kopa/i18n';
import {
  PRACTICE_LIMITS,
  PRACTICE_URL,
  type CreatePracticeBody,
  type ItemType,
  type Partnership,
  type Practice,
  type SpaceSummary,
} from '@kopa/protocol';

/** A link in the form: what it points to, with what to show for it. */
export type DraftLink = { kind: 'item'; itemId: string; title: string; type: ItemType } | { kind: 'url'; url: string; label: string };

/** The practice as the form holds it while a teacher writes. */
export interface PracticeDraft {
  title: string;
  summary: string;
  targetGroup: string;
  outcomes: string;
  themes: string[];
  countries: string[];
  languages: string[];
  links: DraftLink[];
  public: boolean;
}

export type DraftField = 'title' | 'summary' | 'targetGroup' | 'outcomes' | 'themes' | 'countries' | 'languages' | 'links' | 'public';
export type DraftErrors = Partial<Record<DraftField, { id: MessageId; values?: MessageValues }>>;

/** A new practice starts in the writer's own country; an existing one as it is. */
export function draftOf(practice: Practice | null, country: string | null): PracticeDraft {
  if (!practice) {
    return { title: '', summary: '', targetGroup: '', outcomes: '', themes: [], countries: country ? [country] : [], languages: [], links: [], public: false };
  }
  return {
    title: practice.title,
    summary: practice.summary,
    targetGroup: practice.targetGroup,
    outcomes: practice.outcomes,
    themes: practice.themes,
    countries: practice.countries,
    languages: practice.languages,
    links: practice.links.map((link) =>
      link.kind === 'item' ? { kind: 'item', itemId: link.itemId, title: link.title, type: link.type } : { kind: 'url', url: link.url, label: link.label },
    ),
    public: practice.public,
  };
}

/** What is sent to the server (trimmed; links by id or address only). */
export function bodyOf(draft: PracticeDraft): CreatePracticeBody {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    targetGroup: draft.targetGroup.trim(),
    outcomes: draft.outcomes.trim(),
    themes: draft.themes,
    countries: draft.countries,
    languages: draft.languages,
    links: draft.links.map((link) => (link.kind === 'item' ? { kind: 'item', itemId: link.itemId } : { kind: 'url', url: link.url, label: link.label.trim() })),
    public: draft.public,
  };
}

/** What the form checks before sending (the server checks the same, and the partnership's lists). */
export function checkDraft(draft: PracticeDraft): DraftErrors {
  const errors: DraftErrors = {};
  const tooLong = (field: DraftField, text: string, max: number) => {
    if (text.trim().length > max) errors[field] = { id: 'practices.form.tooLong', values: { max } };
  };
  if (!draft.title.trim()) errors.title = { id: 'practices.form.titleRequired' };
  tooLong('title', draft.title, PRACTICE_LIMITS.titleMaxLength);
  tooLong('summary', draft.summary, PRACTICE_LIMITS.summaryMaxLength);
  tooLong('targetGroup', draft.targetGroup, PRACTICE_LIMITS.targetGroupMaxLength);
  tooLong('outcomes', draft.outcomes, PRACTICE_LIMITS.outcomesMaxLength);
  if (draft.links.length > PRACTICE_LIMITS.linksMax) errors.links = { id: 'practices.form.tooManyLinks', values: { max: PRACTICE_LIMITS.linksMax } };
  return errors;
}

/** The server names the field at fault (`links.2.itemId`, `countries.0`): which part of the form, and what to say. */
export function serverFieldError(field: string | undefined): [DraftField, { id: MessageId; values?: MessageValues }] | null {
  const [head, , leaf] = (field ?? '').split('.');
  switch (head) {
    case 'title':
      return ['title', { id: 'practices.form.titleRequired' }];
    case 'summary':
    case 'targetGroup':
    case 'outcomes': {
      const max = { summary: PRACTICE_LIMITS.summaryMaxLength, targetGroup: PRACTICE_LIMITS.targetGroupMaxLength, outcomes: PRACTICE_LIMITS.outcomesMaxLength }[head];
      return [head, { id: 'practices.form.tooLong', values: { max } }];
    }
    case 'themes':
    case 'countries':
    case 'languages':
      return [head, { id: 'practices.form.choiceUnknown' }];
    case 'links':
      return ['links', { id: leaf === 'itemId' ? 'practices.form.linkGone' : leaf === 'url' ? 'practices.form.urlInvalid' : 'practices.form.tooManyLinks', values: { max: PRACTICE_LIMITS.linksMax } }];
    default:
      return null;
  }
}

/**
 * A web address as typed, made whole: trimmed, `https://` put in front of a bare `example.org/page`.
 * Null when it cannot be a web page (another scheme such as javascript:, spaces, no host).
 */
export function webAddress(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const whole = hasScheme ? text : `https://${text.replace(/^\/\/+/, '')}`;
  if (whole.length > PRACTICE_LIMITS.urlMaxLength || !PRACTICE_URL.test(whole)) return null;
  try {
    const url = new URL(whole);
    // A bare word ("recipes") is no address: a host needs a dot, or is localhost.
    if (!hasScheme && !url.hostname.includes('.')) return null;
    return url.protocol === 'http:' || url.protocol === 'https:' ? whole : null;
  } catch {
    return null;
  }
}

/** Adds a link unless the same one is there already. */
export function withLink(links: readonly DraftLink[], link: DraftLink): DraftLink[] {
  const same = (other: DraftLink) =>
    link.kind === 'item' ? other.kind === 'item' && other.itemId === link.itemId : other.kind === 'url' && other.url === link.url;
  return links.some(same) ? [...links] : [...links, link];
}

/** A web address being typed in the form, not added yet. */
export interface PendingUrl {
  url: string;
  label: string;
}

export const NO_PENDING_URL: PendingUrl = { url: '', label: '' };

/**
 * The links with the address still being typed added to them (so saving never drops it silently);
 * null when that address is not a web page, to be fixed first.
 */
export function withPendingUrl(links: readonly DraftLink[], pending: PendingUrl): DraftLink[] | null {
  if (pending.url.trim() === '') return [...links];
  const url = webAddress(pending.url);
  return url ? withLink(links, { kind: 'url', url, label: pending.label.trim().slice(0, PRACTICE_LIMITS.linkLabelMaxLength) }) : null;
}

export interface LinkableSpace {
  spaceId: string;
  title: string;
  items: { id: string; title: string; type: ItemType }[];
}

/** The partnership's items a practice may link to, space by space, without those it links to already. */
export function linkableSpaces(spaces: readonly SpaceSummary[], partnershipId: string, links: readonly DraftLink[]): LinkableSpace[] {
  const linked = new Set(links.flatMap((link) => (link.kind === 'item' ? [link.itemId] : [])));
  return spaces
    .filter((space) => space.partnershipId === partnershipId)
    .map((space) => ({
      spaceId: space.id,
      title: space.title,
      items: space.items.filter((item) => !linked.has(item.id)).map((item) => ({ id: item.id, title: item.title, type: item.type })),
    }))
    .filter((space) => space.items.length > 0);
}

/** What a practice may be about, in the partnership's order: its themes, its schools' countries, its working languages. */
export function choicesOf(partnership: Partnership): { themes: string[]; countries: string[]; languages: string[] } {
  const languages = partnership.languages.length > 0 ? partnership.languages : partnership.schools.flatMap((school) => school.languages);
  return {
    themes: partnership.themes,
    countries: [...new Set(partnership.schools.map((school) => school.country))],
    languages: [...new Set(languages)],
  };
}
