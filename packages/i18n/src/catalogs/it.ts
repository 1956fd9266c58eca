import type { Catalog } from '../catalog.js';
import { blog } from './it/blog.js';
import { blogEditing } from './it/blog-editing.js';
import { board } from './it/board.js';
import { boardWall } from './it/board-wall.js';
import { common } from './it/common.js';
import { editor } from './it/editor.js';
import { history } from './it/history.js';
import { images } from './it/images.js';
import { live } from './it/live.js';
import { liveSummary } from './it/live-summary.js';
import { login } from './it/login.js';
import { mobilities } from './it/mobilities.js';
import { offline } from './it/offline.js';
import { errors } from './it/errors.js';
import { exporting } from './it/exports.js';
import { moderation } from './it/moderation.js';
import { partnerships } from './it/partnerships.js';
import { practices } from './it/practices.js';
import { pupils } from './it/pupils.js';
import { spaces } from './it/spaces.js';
import { showcase } from './it/showcase.js';
import { teams } from './it/teams.js';

/** it: one file per feature under it/, like the English source. */
export const it: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
