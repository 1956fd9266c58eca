export { readUpdateStructure, type DeleteSet, type UpdateStructure } from './update-structure.js';
export type { Place } from './item-place.js';
export type { Struct } from './struct-lookup.js';
export { deletedDocumentItems, deletedLength } from './deleted-items.js';
export { idKey } from './id-key.js';
