import type { Catalog } from '../catalog.js';
import { blog } from './ro/blog.js';
import { blogEditing } from './ro/blog-editing.js';
import { board } from './ro/board.js';
import { boardWall } from './ro/board-wall.js';
import { common } from './ro/common.js';
import { editor } from './ro/editor.js';
import { history } from './ro/history.js';
import { images } from './ro/images.js';
import { live } from './ro/live.js';
import { liveSummary } from './ro/live-summary.js';
import { login } from './ro/login.js';
import { mobilities } from './ro/mobilities.js';
import { offline } from './ro/offline.js';
import { errors } from './ro/errors.js';
import { exporting } from './ro/exports.js';
import { moderation } from './ro/moderation.js';
import { partnerships } from './ro/partnerships.js';
import { practices } from './ro/practices.js';
import { pupils } from './ro/pupils.js';
import { spaces } from './ro/spaces.js';
import { showcase } from './ro/showcase.js';
import { teams } from './ro/teams.js';

/** ro: one file per feature under ro/, like the English source. */
export const ro: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
