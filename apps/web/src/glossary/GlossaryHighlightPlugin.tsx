import type { GlossaryTerm } from '@kopa/protocol';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isRootNode } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GlossaryCard } from './GlossaryCard';
import { GLOSSARY_ACTIVE_HIGHLIGHT, GlossaryHighlighter, sharedHighlight } from './glossary-highlighter';
import { buildGlossaryIndex } from './glossary-matcher';
import { GlossaryWordsInText } from './GlossaryWordsInText';
import { useGlossary } from './use-glossary';
import './glossary-highlight.css';

/** Typing pauses this long before the changed paragraphs are looked through again. */
const IDLE_MS = 300;
/** A mouse resting this long on a term opens its card; leaving term and card this long closes it. */
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;

/** An open card: which term, how it was opened, and where (hover and tap: beside the word; list: in place). */
type OpenCard =
  | { termId: string; how: 'hover' | 'tap'; range: Range }
  | { termId: string; how: 'list'; opener: HTMLButtonElement };

/**
 * Marks the partnership's approved glossary terms in a Lexical text (a document or post being written,
 * or a published post) and shows a term's card on hover, tap or click, or from the list of the text's
 * glossary words (the keyboard's way). It never changes the document: the marks are CSS Custom
 * Highlights over the drawn text, so no Lexical update and no Yjs update is ever made. After typing,
 * only the top-level blocks that changed are looked through again, once typing pauses.
 */
export function GlossaryHighlightPlugin() {
  const [editor] = useLexicalComposerContext();
  const { state } = useGlossary();
  const list = state.status === 'loading' ? null : state.list;
  const approved = useMemo(() => list?.terms.filter((term) => term.status === 'approved') ?? [], [list]);
  const index = useMemo(() => buildGlossaryIndex(approved), [approved]);

  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => editor.registerRootListener((next) => setRoot(next)), [editor]);
  const highlighter = useMemo(() => (root ? new GlossaryHighlighter(root) : null), [root]);
  useEffect(() => () => highlighter?.dispose(), [highlighter]);

  const [foundIds, setFoundIds] = useState<string[]>([]);
  const showFound = useCallback(() => {
    if (!highlighter) return;
    const next = highlighter.termIds();
    setFoundIds((current) => (current.length === next.length && current.every((id, at) => id === next[at]) ? current : next));
  }, [highlighter]);

  // New terms (or a new root): the whole text, once it is drawn.
  useEffect(() => {
    if (!highlighter) return;
    const frame = requestAnimationFrame(() => {
      highlighter.setIndex(index);
      showFound();
    });
    return () => cancelAnimationFrame(frame);
  }, [highlighter, index, showFound]);

  // Typing, and others' changes: the changed top-level blocks, once the changes pause.
  useEffect(() => {
    if (!highlighter) return;
    const pending = new Set<string>();
    let timer: number | undefined;
    const lookAgain = () => {
      timer = undefined;
      const blocks: Element[] = [];
      editor.getEditorState().read(() => {
        for (const key of pending) {
          const node = $getNodeByKey(key);
          const element = node && $isRootNode(node.getParent()) ? editor.getElementByKey(key) : null;
          if (element) blocks.push(element);
        }
      });
      pending.clear();
      highlighter.rescan(blocks);
      showFound();
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size === 0) return;
      for (const key of dirtyElements.keys()) pending.add(key);
      window.clearTimeout(timer);
      timer = window.setTimeout(lookAgain, IDLE_MS);
    });
    return () => {
      unregister();
      window.clearTimeout(timer);
    };
  }, [editor, highlighter, showFound]);

  const [card, setCard] = useState<OpenCard | null>(null);
  // What the event listeners below read: the card as last drawn.
  const cardRef = useRef<OpenCard | null>(null);
  useLayoutEffect(() => {
    cardRef.current = card;
  }, [card]);
  const hoverTimer = useRef<number | undefined>(undefined);
  const close = useCallback(() => {
    window.clearTimeout(hoverTimer.current);
    const open = cardRef.current;
    setCard(null);
    // Back where the keyboard was.
    if (open?.how === 'list' && open.opener.isConnected) open.opener.focus();
  }, []);

  // Pointing (a mouse resting on a term) and tapping or clicking a term.
  useEffect(() => {
    if (!root || !highlighter) return;
    let frame = 0;
    const onMove = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || frame) return;
      const { target, clientX, clientY } = event;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const open = cardRef.current;
        if (open && open.how !== 'hover') return;
        const found = highlighter.termAt(target, clientX, clientY);
        window.clearTimeout(hoverTimer.current);
        if (found && open?.termId === found.termId) return;
        if (found) hoverTimer.current = window.setTimeout(() => setCard({ termId: found.termId, how: 'hover', range: found.range }), HOVER_OPEN_MS);
        else if (open) hoverTimer.current = window.setTimeout(() => setCard(null), HOVER_CLOSE_MS);
      });
    };
    const onClick = (event: MouseEvent) => {
      const found = highlighter.termAt(event.target, event.clientX, event.clientY);
      if (!found) return;
      window.clearTimeout(hoverTimer.current);
      setCard({ termId: found.termId, how: 'tap', range: found.range });
    };
    root.addEventListener('pointermove', onMove);
    root.addEventListener('click', onClick);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('click', onClick);
    };
  }, [root, highlighter]);

  // A card opened by a tap closes with a press anywhere else.
  useEffect(() => {
    if (card?.how !== 'tap') return;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!target?.closest?.('[data-glossary-card]') && !(root?.contains(target) && highlighter?.termAt(target, event.clientX, event.clientY))) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [card, root, highlighter, close]);

  // The open term stands out in the text.
  useEffect(() => {
    const range = card && card.how !== 'list' ? card.range : card ? highlighter?.firstOf(card.termId)?.range : undefined;
    const active = sharedHighlight(GLOSSARY_ACTIVE_HIGHLIGHT);
    if (!range || !active) return;
    active.add(range);
    return () => void active.delete(range);
  }, [card, highlighter]);

  const byId = useMemo(() => new Map(approved.map((term) => [term.id, term])), [approved]);
  const found = foundIds.flatMap((id) => byId.get(id) ?? []);
  const openTerm: GlossaryTerm | undefined = card ? byId.get(card.termId) : undefined;
  const languages = list?.languages ?? [];

  const floating =
    openTerm && card && card.how !== 'list' ? (
      <GlossaryCard
        term={openTerm}
        languages={languages}
        anchor={card.range}
        takeFocus={false}
        onClose={close}
        onPointerEnter={() => window.clearTimeout(hoverTimer.current)}
        onPointerLeave={() => {
          if (cardRef.current?.how === 'hover') hoverTimer.current = window.setTimeout(() => setCard(null), HOVER_CLOSE_MS);
        }}
      />
    ) : null;

  return (
    <>
      <GlossaryWordsInText
        terms={found}
        openTermId={card?.how === 'list' ? card.termId : null}
        onOpen={(termId, opener) => setCard(cardRef.current?.how === 'list' && cardRef.current.termId === termId ? null : { termId, how: 'list', opener })}
        card={openTerm && card?.how === 'list' ? <GlossaryCard term={openTerm} languages={languages} anchor={null} takeFocus onClose={close} /> : null}
      />
      {floating}
    </>
  );
}
