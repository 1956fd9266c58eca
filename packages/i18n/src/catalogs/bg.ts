import type { Catalog } from '../catalog.js';
import { blog } from './bg/blog.js';
import { blogEditing } from './bg/blog-editing.js';
import { board } from './bg/board.js';
import { boardWall } from './bg/board-wall.js';
import { common } from './bg/common.js';
import { editor } from './bg/editor.js';
import { history } from './bg/history.js';
import { images } from './bg/images.js';
import { live } from './bg/live.js';
import { liveSummary } from './bg/live-summary.js';
import { login } from './bg/login.js';
import { mobilities } from './bg/mobilities.js';
import { offline } from './bg/offline.js';
import { errors } from './bg/errors.js';
import { exporting } from './bg/exports.js';
import { moderation } from './bg/moderation.js';
import { partnerships } from './bg/partnerships.js';
import { practices } from './bg/practices.js';
import { pupils } from './bg/pupils.js';
import { spaces } from './bg/spaces.js';
import { showcase } from './bg/showcase.js';
import { teams } from './bg/teams.js';

/** bg: one file per feature under bg/, like the English source. */
export const bg: Catalog = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors };
