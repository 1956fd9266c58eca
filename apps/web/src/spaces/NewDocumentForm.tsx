import { LIMITS, type BoardLayout } from '@kopa/protocol';
import { LayoutDashboard, Newspaper, Plus } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { kopaApi } from '../api/kopa-api';
import { postsApi } from '../blog/posts-api';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { BoardLayoutChoice } from './BoardLayoutChoice';
import './NewDocumentForm.css';

type Kind = 'doc' | 'post' | 'board';

/**
 * "New document", "New blog post" or "New board" (a free canvas or a wall): ask for a title, create it, open it.
 * Cancel or Escape closes the form and puts the keyboard back on the button that opened it.
 */
export function NewDocumentForm({ spaceId }: { spaceId: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<Kind | null>(null);
  const [layout, setLayout] = useState<BoardLayout>('canvas');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const openers = useRef<HTMLDivElement>(null);
  // The form just closed: the keyboard goes back to the button it came from.
  const returnTo = useRef<Kind | null>(null);

  useEffect(() => {
    if (open || !returnTo.current) return;
    openers.current?.querySelector<HTMLButtonElement>(`[data-kind="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  });

  if (!open) {
    const opener = (kind: Kind) => ({ 'data-kind': kind, onClick: () => setOpen(kind) });
    return (
      <div className="new-document__open" ref={openers}>
        <Button variant="secondary" icon={<Plus size={20} />} {...opener('doc')}>
          {t('space.newDocument')}
        </Button>
        <Button variant="secondary" icon={<Newspaper size={20} />} {...opener('post')}>
          {t('postEdit.new')}
        </Button>
        <Button variant="secondary" icon={<LayoutDashboard size={20} />} {...opener('board')}>
          {t('space.newBoard')}
        </Button>
      </div>
    );
  }

  const close = () => {
    returnTo.current = open;
    setOpen(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || busy) return;
    event.preventDefault();
    close();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t(open === 'board' ? 'space.boardTitleRequired' : 'space.titleRequired'));
    setBusy(true);
    try {
      // The page puts the caret in it at once (see useJustCreated), for this open only.
      if (open === 'post') {
        const post = await postsApi.create(spaceId, title.trim());
        return navigate(`/posts/${post.id}`, { state: { createdItem: post.id } });
      }
      if (open === 'board') {
        // A wall starts with three columns, named in the creator's language (renamed at will).
        const columns = layout === 'wall' ? [t('space.boardColumn.ideas'), t('space.boardColumn.questions'), t('space.boardColumn.plans')] : [];
        const board = await kopaApi.createBoard(spaceId, title.trim(), layout, columns);
        return navigate(`/boards/${board.id}`, { state: { createdItem: board.id } });
      }
      const item = await kopaApi.createDocument(spaceId, title.trim());
      navigate(`/items/${item.id}`, { state: { createdItem: item.id } });
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <form className="new-document" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      <TextField
        label={open === 'post' ? t('postEdit.newTitle') : open === 'board' ? t('space.newBoardTitle') : t('space.newDocumentTitle')}
        value={title}
        maxLength={LIMITS.itemTitleMaxLength}
        onChange={(event) => setTitle(event.target.value)}
        autoFocus
      />
      {open === 'board' ? <BoardLayoutChoice value={layout} onChange={setLayout} /> : null}
      {error ? <Banner tone="error">{error}</Banner> : null}
      <div className="new-document__actions">
        <Button type="submit" disabled={busy}>
          {t('space.create')}
        </Button>
        <Button variant="ghost" onClick={close}>
          {t('space.cancel')}
        </Button>
      </div>
    </form>
  );
}
