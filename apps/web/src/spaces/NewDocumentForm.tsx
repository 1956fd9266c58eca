import { LIMITS, type BoardLayout } from '@kopa/protocol';
import { LayoutDashboard, Newspaper, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
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

/** "New document", "New blog post" or "New board" (a free canvas or a wall): ask for a title, create it, open it. */
export function NewDocumentForm({ spaceId }: { spaceId: string }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<'doc' | 'post' | 'board' | null>(null);
  const [layout, setLayout] = useState<BoardLayout>('canvas');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <div className="new-document__open">
        <Button variant="secondary" icon={<Plus size={20} />} onClick={() => setOpen('doc')}>
          {t('space.newDocument')}
        </Button>
        <Button variant="secondary" icon={<Newspaper size={20} />} onClick={() => setOpen('post')}>
          {t('postEdit.new')}
        </Button>
        <Button variant="secondary" icon={<LayoutDashboard size={20} />} onClick={() => setOpen('board')}>
          {t('space.newBoard')}
        </Button>
      </div>
    );
  }

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
    <form className="new-document" onSubmit={(event) => void submit(event)} noValidate>
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
        <Button variant="ghost" onClick={() => setOpen(null)}>
          {t('space.cancel')}
        </Button>
      </div>
    </form>
  );
}
