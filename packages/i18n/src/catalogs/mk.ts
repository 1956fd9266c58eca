import type { Catalog } from '../catalog.js';
import { blog } from './mk/blog.js';
import { blogEditing } from './mk/blog-editing.js';
import { board } from './mk/board.js';
import { boardWall } from './mk/board-wall.js';
import { common } from './mk/common.js';
import { editor } from './mk/editor.js';
import { history } from './mk/history.js';
import { images } from './mk/images.js';
import { live } from './mk/live.js';
import { liveSummary } from './mk/live-summary.js';
import { login } from './mk/login.js';
import { mobilities } from './mk/mobilities.js';
import { offline } from './mk/offline.js';
import { errors } from './mk/errors.js';
import { exporting } from './mk/exports.js';
import { moderation } from './mk/moderation.js';
import { partnerships } from './mk/partnerships.js';
import { practices } from './mk/practices.js';
import { pupils } from './mk/pupils.js';
import { spaces } from './mk/spaces.js';
import { showcase } from './mk/showcase.js';
import { teams } from './mk/teams.js';

/** mk: one file per feature under mk/, like the English source. */
export const mk: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
