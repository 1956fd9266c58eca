import type { Catalog } from '../catalog.js';
import { blog } from './es/blog.js';
import { blogEditing } from './es/blog-editing.js';
import { board } from './es/board.js';
import { boardWall } from './es/board-wall.js';
import { common } from './es/common.js';
import { editor } from './es/editor.js';
import { history } from './es/history.js';
import { images } from './es/images.js';
import { live } from './es/live.js';
import { liveSummary } from './es/live-summary.js';
import { login } from './es/login.js';
import { mobilities } from './es/mobilities.js';
import { offline } from './es/offline.js';
import { errors } from './es/errors.js';
import { exporting } from './es/exports.js';
import { moderation } from './es/moderation.js';
import { partnerships } from './es/partnerships.js';
import { practices } from './es/practices.js';
import { pupils } from './es/pupils.js';
import { spaces } from './es/spaces.js';
import { showcase } from './es/showcase.js';
import { teams } from './es/teams.js';

/** es: one file per feature under es/, like the English source. */
export const es: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
