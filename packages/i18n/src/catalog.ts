import type { MessageId } from './catalogs/en.js';

export type { MessageId };
/** A complete catalog: one ICU message for every id of the English source. */
export type Catalog = Readonly<Record<MessageId, string>>;
