/**
 * @kopa/render: Kopa content as safe, self-contained HTML, Markdown and SVG, with no
 * DOM (the server's static-site export, public showcase and print views use it).
 *
 * - renderDocumentHtml / renderDocumentMarkdown: a document's or post's Lexical JSON
 *   (`readDocumentContent` from @kopa/editor reads it from a Yjs state);
 * - renderParallelHtml: a post and its versions in other languages, side by side, paragraph by paragraph;
 * - renderBoardSvg: a board's Yjs state, drawn by @kopa/board;
 * - renderPage: a whole page (strict CSP, licence, schema.org JSON-LD, print styles);
 * - sanitizeHtml / sanitizeSvg: the allow-lists everything above ends with.
 */
export { renderDocumentHtml, DEFAULT_IMAGE_SIZES, type DocumentContent, type DocumentRenderOptions } from './document-html.js';
export { renderParallelHtml, type ParallelColumn, type ParallelRenderOptions } from './parallel-html.js';
export { renderDocumentMarkdown, type MarkdownRenderOptions } from './document-markdown.js';
export { renderBoardSvg, type BoardRenderOptions, type BoardSvg } from './board-svg.js';
export { renderPage, pageCsp, jsonLd, PAGE_CSS_HASH, type LearningResourceMetadata, type PageOptions } from './page.js';
export { PAGE_CSS } from './page-css.js';
export { sanitizeHtml, sanitizeSvg } from './sanitize.js';
export { safeUrl, type UrlKind } from './urls.js';
export { defaultImageUrl, PREFERRED_SRC_WIDTH, type ImageUrl } from './images.js';
export { DEFAULT_LICENCE, LICENCE_INFO, licenceInfo, type LicenceInfo } from './licences.js';
