export { EDITOR_NODES } from './nodes.js';
export { EDITOR_THEME } from './theme.js';
export { createEditorConfig, EDITOR_NAMESPACE } from './editor-config.js';
export { sanitizeLinkUrl } from './link-url.js';
export { bindHeadlessEditor, createOfflineProvider, type HeadlessCollabEditor } from './headless-collab-editor.js';
export { createDocumentContent, type InitialBlock } from './initial-content.js';
export { readDocumentText } from './document-text.js';
export { checkDocumentUpdate, DOCUMENT_NODE_TYPES } from './document-update-guard.js';
export { editorSettled, readDocumentContent } from './document-content.js';
export { authorshipRuns, authorshipText, type AuthorshipBlock, type AuthorshipRun } from './authorship-runs.js';
export { restoreDocumentBlocks, restoreDocumentContent, type RestoreChange } from './restore-content.js';
export { mainWriter, topLevelBlockWriters } from './block-writers.js';
export { ImageNode, $createImageNode, $isImageNode, type ImageProperties, type SerializedImageNode } from './image-node.js';
export { imageFileUrl, imageVariants, storedWidths, VARIANT_WIDTHS } from './image-files.js';
export { imagesWithoutAltText } from './image-alt-text.js';
export { alignParallelBlocks, blockKind, singleBlockContent, topLevelBlocks, type ParallelRow } from './parallel-blocks.js';
export {
  LanguageSpanNode,
  $createLanguageSpanNode,
  $isLanguageSpanNode,
  type SerializedLanguageSpanNode,
} from './language-span-node.js';
export { $markSelectionLanguage, $selectionLanguage } from './language-marks.js';
export { isLanguageTag } from './language-tag.js';
