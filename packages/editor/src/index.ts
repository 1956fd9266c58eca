export { EDITOR_NODES } from './nodes.js';
export { EDITOR_THEME } from './theme.js';
export { createEditorConfig, EDITOR_NAMESPACE } from './editor-config.js';
export { sanitizeLinkUrl } from './link-url.js';
export { bindHeadlessEditor, createOfflineProvider, type HeadlessCollabEditor } from './headless-collab-editor.js';
export { createDocumentContent, type InitialBlock } from './initial-content.js';
export { readDocumentText } from './document-text.js';
export { checkDocumentUpdate, DOCUMENT_NODE_TYPES } from './document-update-guard.js';
export { editorSettled, readDocumentContent } from './document-content.js';
