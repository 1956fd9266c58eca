import type { Catalog } from '../catalog.js';
import { blog } from './de/blog.js';
import { blogEditing } from './de/blog-editing.js';
import { board } from './de/board.js';
import { boardWall } from './de/board-wall.js';
import { common } from './de/common.js';
import { editor } from './de/editor.js';
import { history } from './de/history.js';
import { images } from './de/images.js';
import { live } from './de/live.js';
import { liveSummary } from './de/live-summary.js';
import { login } from './de/login.js';
import { mobilities } from './de/mobilities.js';
import { offline } from './de/offline.js';
import { errors } from './de/errors.js';
import { exporting } from './de/exports.js';
import { moderation } from './de/moderation.js';
import { partnerships } from './de/partnerships.js';
import { practices } from './de/practices.js';
import { pupils } from './de/pupils.js';
import { spaces } from './de/spaces.js';
import { showcase } from './de/showcase.js';
import { teams } from './de/teams.js';

/** de: one file per feature under de/, like the English source. */
export const de: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
