import type { Licence } from '@kopa/protocol';

export interface LicenceInfo {
  id: Licence;
  /** The short name people recognise: "CC BY-SA 4.0". */
  name: string;
  /** The full name, for the page footer's title and the metadata. */
  title: string;
  /** The licence's canonical URL (also schema.org `license`). */
  url: string;
}

/** Every licence a partnership may choose (packages/protocol LICENCES), by id. */
export const LICENCE_INFO: Readonly<Record<Licence, LicenceInfo>> = {
  'CC-BY-SA-4.0': {
    id: 'CC-BY-SA-4.0',
    name: 'CC BY-SA 4.0',
    title: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC-BY-4.0': {
    id: 'CC-BY-4.0',
    name: 'CC BY 4.0',
    title: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-NC-SA-4.0': {
    id: 'CC-BY-NC-SA-4.0',
    name: 'CC BY-NC-SA 4.0',
    title: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  },
  'CC0-1.0': {
    id: 'CC0-1.0',
    name: 'CC0 1.0',
    title: 'Creative Commons Zero 1.0 Universal (public domain dedication)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
};

export const DEFAULT_LICENCE: Licence = 'CC-BY-SA-4.0';

/** A licence's details; an unknown id (an old backup, a typo) falls back to the default, CC BY-SA 4.0. */
export function licenceInfo(id: string | undefined): LicenceInfo {
  return Object.hasOwn(LICENCE_INFO, id ?? '') ? LICENCE_INFO[id as Licence] : LICENCE_INFO[DEFAULT_LICENCE];
}
