import type { Catalog } from '../catalog.js';
import { blog } from './lv/blog.js';
import { blogEditing } from './lv/blog-editing.js';
import { board } from './lv/board.js';
import { boardWall } from './lv/board-wall.js';
import { common } from './lv/common.js';
import { editor } from './lv/editor.js';
import { history } from './lv/history.js';
import { images } from './lv/images.js';
import { live } from './lv/live.js';
import { liveSummary } from './lv/live-summary.js';
import { login } from './lv/login.js';
import { mobilities } from './lv/mobilities.js';
import { offline } from './lv/offline.js';
import { errors } from './lv/errors.js';
import { exporting } from './lv/exports.js';
import { moderation } from './lv/moderation.js';
import { partnerships } from './lv/partnerships.js';
import { practices } from './lv/practices.js';
import { pupils } from './lv/pupils.js';
import { spaces } from './lv/spaces.js';
import { showcase } from './lv/showcase.js';
import { teams } from './lv/teams.js';

/** Latviešu valoda: one file per feature under lv/, like the English source. */
export const lv: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
