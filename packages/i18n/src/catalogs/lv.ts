import type { Catalog } from '../catalog.js';
import { common } from './lv/common.js';
import { editor } from './lv/editor.js';
import { login } from './lv/login.js';
import { mobilities } from './lv/mobilities.js';
import { partnerships } from './lv/partnerships.js';
import { pupils } from './lv/pupils.js';
import { spaces } from './lv/spaces.js';
import { teams } from './lv/teams.js';

/** Latviešu valoda: one file per feature under lv/, like the English source. */
export const lv: Catalog = { ...common, ...login, ...spaces, ...editor, ...partnerships, ...teams, ...pupils, ...mobilities };
