import type { PracticeLinkInput, ValidationProblemKind } from '@kopa/protocol';
import type { PartnershipRecord, SchoolRecord } from '../directory/partnership-repository.js';
import { HttpError } from '../http/http-error.js';
import { itemIdsOf, type LinkedItem, type PracticeFields, type PracticeRecord } from './practice-repository.js';

export interface PracticeContext {
  partnership: PartnershipRecord;
  schools: readonly SchoolRecord[];
  /** The partnership's items (not deleted) among these ids. */
  itemsIn(itemIds: readonly string[]): Map<string, LinkedItem>;
}

/** A 400 naming the field, with its problem without words for the web app to say in the reader's language. */
const invalid = (field: string, kind: ValidationProblemKind, message: string) =>
  new HttpError(400, 'invalid_request', `${field}: ${message}`, { field, problem: { kind } });

const listed = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'none yet');

/**
 * A practice's fields checked against its partnership, as the issue's rules say: themes among the
 * partnership's themes, countries of its schools, languages among its working languages (its schools'
 * languages while it has set none), and links to its own items (not deleted) or to http(s) pages. A value
 * the practice already carries stays allowed (a theme the partnership dropped since is not refused when
 * the practice is saved again). Links given twice are kept once. Fails with a 400 naming the field.
 */
export function checkPracticeFields(context: PracticeContext, fields: PracticeFields, previous: PracticeRecord | null): PracticeFields {
  const { partnership, schools } = context;
  const already = (facet: 'themes' | 'countries' | 'languages', value: string) => previous?.[facet].includes(value) ?? false;

  const unknownTheme = fields.themes.find((theme) => !partnership.themes.includes(theme) && !already('themes', theme));
  if (unknownTheme !== undefined) {
    throw invalid('themes', 'not_in_partnership', `"${unknownTheme}" is not a theme of the partnership (its themes: ${listed(partnership.themes)})`);
  }

  const countries = [...new Set(schools.map((school) => school.country))];
  const unknownCountry = fields.countries.find((country) => !countries.includes(country) && !already('countries', country));
  if (unknownCountry !== undefined) {
    throw invalid('countries', 'not_in_partnership', `${unknownCountry} is not the country of a school of the partnership (${listed(countries)})`);
  }

  const languages = workingLanguages(partnership, schools);
  const unknownLanguage = fields.languages.find((language) => !languages.includes(language) && !already('languages', language));
  if (unknownLanguage !== undefined) {
    throw invalid('languages', 'not_in_partnership', `${unknownLanguage} is not a working language of the partnership (${listed(languages)})`);
  }

  return { ...fields, links: checkedLinks(context, fields.links) };
}

/** The languages a practice may be in: the partnership's working languages, or its schools' while it has none. */
export function workingLanguages(partnership: PartnershipRecord, schools: readonly SchoolRecord[]): string[] {
  return partnership.languages.length > 0 ? partnership.languages : [...new Set(schools.flatMap((school) => school.languages))];
}

function checkedLinks(context: PracticeContext, links: readonly PracticeLinkInput[]): PracticeLinkInput[] {
  const items = context.itemsIn(itemIdsOf(links));
  const seen = new Set<string>();
  const kept: PracticeLinkInput[] = [];
  links.forEach((link, index) => {
    if (link.kind === 'item') {
      if (!items.has(link.itemId)) throw invalid(`links.${index}.itemId`, 'not_in_partnership', 'not an item of this partnership');
    } else if (!isWebAddress(link.url)) {
      throw invalid(`links.${index}.url`, 'invalid_format', 'must be a web address starting with http:// or https://');
    }
    const key = link.kind === 'item' ? `item:${link.itemId}` : `url:${link.url}`;
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(link);
  });
  return kept;
}

/** Parsed as the browser will: http or https with a host (the schema's pattern let it through already). */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
