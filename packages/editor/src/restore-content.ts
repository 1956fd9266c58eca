import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $parseSerializedNode,
  type LexicalNode,
  type NodeKey,
  type SerializedEditorState,
  type SerializedLexicalNode,
} from 'lexical';
import { applyUpdate, Doc, encodeStateAsUpdate, encodeStateVector } from 'yjs';
import { editorSettled } from './document-content.js';
import { bindHeadlessEditor } from './headless-collab-editor.js';

/** A restoring change, and which new Yjs client wrote each block it had to put back. */
export interface RestoreChange {
  update: Uint8Array;
  /** One entry per inserted block: the fresh client id that wrote it and the block's index in the version. */
  insertedBlocks: { clientId: number; versionIndex: number }[];
}

/**
 * The Yjs update that turns a live document's content into `content` (an
 * earlier version's, read with readDocumentContent) as a new change on top of
 * `liveState`. Applied to the live document it is an edit like any other
 * (history only grows; every peer's undo stays their own).
 */
export async function restoreDocumentContent(liveState: Uint8Array, content: SerializedEditorState): Promise<Uint8Array> {
  return (await restoreDocumentBlocks(liveState, content)).update;
}

/**
 * Like restoreDocumentContent, but as small as blocks allow, so restored text
 * keeps its writers: top-level blocks the live content shares with the version
 * (in order, the longest common subsequence of their serialized JSON) stay
 * untouched with their Yjs items; the others are removed, and each missing
 * block is written in its own transaction under a fresh client id, so the
 * caller can credit it to whoever wrote it in the version.
 */
export async function restoreDocumentBlocks(liveState: Uint8Array, content: SerializedEditorState): Promise<RestoreChange> {
  const doc = new Doc();
  const headless = bindHeadlessEditor(doc);
  const { editor } = headless;
  try {
    applyUpdate(doc, liveState);
    await editorSettled(headless);
    const before = encodeStateVector(doc);
    const wanted = content.root.children;
    // Serialized as readDocumentContent serializes the version, children included.
    const liveJson = editor.getEditorState().toJSON().root.children;
    const live = editor.getEditorState().read(() => $getRoot().getChildren().map((node, index) => ({ key: node.getKey(), json: JSON.stringify(liveJson[index]) })));
    const kept = commonBlocks(
      live.map((block) => block.json),
      wanted.map((block) => JSON.stringify(block)),
    );
    const keptLive = new Set(kept.map(([liveIndex]) => liveIndex));
    const keyOfVersionBlock = new Map<number, NodeKey>(kept.map(([liveIndex, versionIndex]) => [versionIndex, live[liveIndex]!.key]));

    const restorerClient = doc.clientID;
    const insertedBlocks: RestoreChange['insertedBlocks'] = [];
    wanted.forEach((block, versionIndex) => {
      if (keyOfVersionBlock.has(versionIndex)) return;
      // A client id of its own per block: the caller learns who this block is by.
      doc.clientID = freshClientId(doc);
      insertedBlocks.push({ clientId: doc.clientID, versionIndex });
      const previousKey = versionIndex > 0 ? keyOfVersionBlock.get(versionIndex - 1) : undefined;
      editor.update(() => keyOfVersionBlock.set(versionIndex, insertAfter(previousKey, $parseSerializedNode(block as SerializedLexicalNode))), {
        discrete: true,
      });
    });

    // Removed last, under the restorer's client (deletions write no new items): an emptied root would get a filler paragraph.
    doc.clientID = restorerClient;
    editor.update(
      () => {
        // Lexical keeps at least one block to type into.
        if (wanted.length === 0) $getRoot().append($createParagraphNode());
        live.forEach((block, index) => {
          if (!keptLive.has(index)) $getNodeByKey(block.key)?.remove();
        });
      },
      { discrete: true },
    );
    return { update: encodeStateAsUpdate(doc, before), insertedBlocks };
  } finally {
    headless.dispose();
    doc.destroy();
  }
}

/** Puts `node` right after the block with `previousKey`, or first; returns its key. */
function insertAfter(previousKey: NodeKey | undefined, node: LexicalNode): NodeKey {
  const previous = previousKey === undefined ? null : $getNodeByKey(previousKey);
  if (previous) previous.insertAfter(node);
  else {
    const first = $getRoot().getFirstChild();
    if (first) first.insertBefore(node);
    else $getRoot().append(node);
  }
  return node.getKey();
}

/** Pairs [liveIndex, versionIndex] of a longest common subsequence of the two lists, in order. */
function commonBlocks(live: readonly string[], version: readonly string[]): [number, number][] {
  // lengths[i][j]: the LCS length of live[i..] and version[j..].
  const lengths = Array.from({ length: live.length + 1 }, () => new Array<number>(version.length + 1).fill(0));
  for (let i = live.length - 1; i >= 0; i--) {
    for (let j = version.length - 1; j >= 0; j--) {
      lengths[i]![j] = live[i] === version[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < live.length && j < version.length; ) {
    if (live[i] === version[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** A random client id this document has never seen (Yjs ids are 32-bit). */
function freshClientId(doc: Doc): number {
  for (;;) {
    const id = globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
    if (!doc.store.clients.has(id)) return id;
  }
}
