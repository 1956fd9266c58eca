import { common } from './en/common.js';
import { editor } from './en/editor.js';
import { login } from './en/login.js';
import { spaces } from './en/spaces.js';

/**
 * English: the source catalog, one file per feature under en/. Every key here
 * must exist in every other catalog (the type of `Catalog` enforces it).
 * Messages use ICU syntax.
 */
export const en = { ...common, ...login, ...spaces, ...editor } as const;

export type MessageId = keyof typeof en;
