import { blog } from './en/blog.js';
import { blogEditing } from './en/blog-editing.js';
import { board } from './en/board.js';
import { boardWall } from './en/board-wall.js';
import { common } from './en/common.js';
import { editor } from './en/editor.js';
import { history } from './en/history.js';
import { images } from './en/images.js';
import { live } from './en/live.js';
import { liveSummary } from './en/live-summary.js';
import { login } from './en/login.js';
import { mobilities } from './en/mobilities.js';
import { offline } from './en/offline.js';
import { errors } from './en/errors.js';
import { exporting } from './en/exports.js';
import { moderation } from './en/moderation.js';
import { partnerships } from './en/partnerships.js';
import { practices } from './en/practices.js';
import { pupils } from './en/pupils.js';
import { spaces } from './en/spaces.js';
import { showcase } from './en/showcase.js';
import { teams } from './en/teams.js';
import { glossary } from './en/glossary.js';
import { accessibility } from './en/accessibility.js';
import { parallelTexts } from './en/parallel-texts.js';
import { languages } from './en/languages.js';
import { readAloud } from './en/read-aloud.js';
import { validation } from './en/validation.js';
import { validationRules } from './en/validation-rules.js';

/**
 * English: the source catalog, one file per feature under en/. Every key here
 * must exist in every other catalog (the type of `Catalog` enforces it).
 * Messages use ICU syntax.
 */
export const en = { ...common, ...login, ...spaces, ...editor, ...images, ...partnerships, ...teams, ...pupils, ...mobilities, ...blog, ...blogEditing, ...history, ...moderation, ...board, ...boardWall, ...live, ...liveSummary, ...practices, ...offline, ...showcase, ...exporting, ...errors, ...glossary, ...accessibility, ...parallelTexts, ...languages, ...readAloud, ...validation, ...validationRules } as const;

export type MessageId = keyof typeof en;
