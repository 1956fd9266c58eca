import type { Catalog } from '../catalog.js';
import { blog } from './fr/blog.js';
import { blogEditing } from './fr/blog-editing.js';
import { board } from './fr/board.js';
import { boardWall } from './fr/board-wall.js';
import { common } from './fr/common.js';
import { editor } from './fr/editor.js';
import { history } from './fr/history.js';
import { images } from './fr/images.js';
import { live } from './fr/live.js';
import { liveSummary } from './fr/live-summary.js';
import { login } from './fr/login.js';
import { mobilities } from './fr/mobilities.js';
import { offline } from './fr/offline.js';
import { errors } from './fr/errors.js';
import { exporting } from './fr/exports.js';
import { moderation } from './fr/moderation.js';
import { partnerships } from './fr/partnerships.js';
import { practices } from './fr/practices.js';
import { pupils } from './fr/pupils.js';
import { spaces } from './fr/spaces.js';
import { showcase } from './fr/showcase.js';
import { teams } from './fr/teams.js';

/** fr: one file per feature under fr/, like the English source. */
export const fr: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
