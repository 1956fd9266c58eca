import type { Catalog } from '../catalog.js';
import { blog } from './pt/blog.js';
import { blogEditing } from './pt/blog-editing.js';
import { board } from './pt/board.js';
import { boardWall } from './pt/board-wall.js';
import { common } from './pt/common.js';
import { editor } from './pt/editor.js';
import { history } from './pt/history.js';
import { images } from './pt/images.js';
import { live } from './pt/live.js';
import { liveSummary } from './pt/live-summary.js';
import { login } from './pt/login.js';
import { mobilities } from './pt/mobilities.js';
import { offline } from './pt/offline.js';
import { errors } from './pt/errors.js';
import { exporting } from './pt/exports.js';
import { moderation } from './pt/moderation.js';
import { partnerships } from './pt/partnerships.js';
import { practices } from './pt/practices.js';
import { pupils } from './pt/pupils.js';
import { spaces } from './pt/spaces.js';
import { showcase } from './pt/showcase.js';
import { teams } from './pt/teams.js';

/** pt: one file per feature under pt/, like the English source. */
export const pt: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
