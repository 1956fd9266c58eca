import { $createImageNode, $isImageNode, createEditorConfig } from '@kopa/editor';
import { $getRoot, createEditor } from 'lexical';
import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ReactImageNode } from './ReactImageNode';
import { WEB_EDITOR_NODES } from './web-editor-nodes';

const webEditor = () => createEditor({ ...createEditorConfig((error) => { throw error; }), nodes: WEB_EDITOR_NODES });
const headlessEditor = () => createEditor(createEditorConfig((error) => { throw error; }));
const picture = { uploadId: 'up_1', altText: 'Our school garden', width: 640, height: 480 };

describe('pictures in the web’s editors', () => {
  it('are drawn by React but stored exactly as the server’s editors store them', () => {
    const web = webEditor();
    web.update(() => $getRoot().append($createImageNode(picture)), { discrete: true });
    const node = web.getEditorState().read(() => $getRoot().getFirstChild());
    expect(node).toBeInstanceOf(ReactImageNode);
    expect(isValidElement(web.getEditorState().read(() => (node as ReactImageNode).decorate()))).toBe(true);

    const server = headlessEditor();
    server.update(() => $getRoot().append($createImageNode(picture)), { discrete: true });
    expect(web.getEditorState().toJSON()).toEqual(server.getEditorState().toJSON());
  });

  it('come out of stored content as the React-drawn node', () => {
    const server = headlessEditor();
    server.update(() => $getRoot().append($createImageNode(picture)), { discrete: true });
    const state = webEditor().parseEditorState(server.getEditorState().toJSON());
    const node = state.read(() => $getRoot().getFirstChild());
    expect(node).toBeInstanceOf(ReactImageNode);
    expect($isImageNode(node) && state.read(() => node.getAltText())).toBe('Our school garden');
  });
});
