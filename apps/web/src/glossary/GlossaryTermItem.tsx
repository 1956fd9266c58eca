import { languageOwnName, type GlossaryTerm } from '@kopa/protocol';
import { Check, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { termTitle, wordsInOrder } from './term-words';
import { UploadedPicture } from '../images/UploadedPicture';
import './GlossaryTermItem.css';

export interface GlossaryTermItemProps {
  term: GlossaryTerm;
  languages: readonly string[];
  onApprove(term: GlossaryTerm): Promise<void>;
  onEdit(term: GlossaryTerm): void;
  onDelete(term: GlossaryTerm): Promise<void>;
}

/**
 * One term of the glossary page: its word in every language side by side (each marked with its
 * language; the languages it lacks said so), its picture, whether it waits for a teacher and who
 * proposed it; for teachers, Approve, Edit and Delete (asked once, in place).
 */
export function GlossaryTermItem({ term, languages, onApprove, onEdit, onDelete }: GlossaryTermItemProps) {
  const t = useT();
  const { locale } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const title = termTitle(term, locale);
  const missing = languages.filter((language) => term.translations[language] === undefined);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  };

  return (
    <article className={term.status === 'proposed' ? 'glossary-term glossary-term--proposed' : 'glossary-term'} aria-label={title.text}>
      {term.picture ? (
        <UploadedPicture className="glossary-term__picture" image={term.picture} alt={term.pictureAlt} sizes="6rem" />
      ) : null}
      <div className="glossary-term__body">
        <dl className="glossary-term__words">
          {wordsInOrder(term, languages).map((word) => (
            <div key={word.language} className="glossary-term__word">
              <dt lang={word.language}>{word.name}</dt>
              <dd lang={word.language}>{word.text}</dd>
            </div>
          ))}
          {missing.length > 0 ? (
            <div className="glossary-term__word glossary-term__word--missing">
              <dt>{missing.map(languageOwnName).join(', ')}</dt>
              <dd>{t('glossary.term.missing')}</dd>
            </div>
          ) : null}
        </dl>
        {term.status === 'proposed' || term.createdBy ? (
          <p className="glossary-term__meta">
            {term.status === 'proposed' ? <span className="glossary-term__badge">{t('glossary.term.waiting')}</span> : null}
            {term.createdBy ? <span>{t('glossary.term.proposedBy', { name: term.createdBy.displayName })}</span> : null}
          </p>
        ) : null}
        {problem ? <Banner tone="error">{errorMessage(problem, t)}</Banner> : null}
        {term.canModerate && !confirming ? (
          <div className="glossary-term__actions">
            {term.status === 'proposed' ? (
              <Button icon={<Check size={18} />} aria-disabled={busy || undefined} onClick={() => void (busy || act(() => onApprove(term)))}>
                {t('glossary.term.approve')}
              </Button>
            ) : null}
            <Button variant="secondary" icon={<Pencil size={18} />} onClick={() => onEdit(term)}>
              {t('glossary.term.edit')}
            </Button>
            <Button variant="ghost" icon={<Trash2 size={18} />} onClick={() => setConfirming(true)}>
              {t('glossary.term.delete')}
            </Button>
          </div>
        ) : null}
        {confirming ? (
          <ConfirmPanel
            label={t('glossary.term.delete')}
            tone="danger"
            busy={busy}
            confirmLabel={t('glossary.term.deleteConfirm')}
            keepLabel={t('glossary.term.deleteKeep')}
            onConfirm={() => void act(() => onDelete(term))}
            onKeep={() => setConfirming(false)}
          >
            <p className="glossary-term__question">{t('glossary.term.deleteQuestion', { term: title.text })}</p>
            <p>{t('glossary.term.deleteExplain')}</p>
          </ConfirmPanel>
        ) : null}
      </div>
    </article>
  );
}
