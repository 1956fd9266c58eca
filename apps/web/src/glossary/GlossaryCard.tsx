import type { GlossaryTerm } from '@kopa/protocol';
import { X } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'wouter';
import { useLocale, useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { termTitle, wordsInOrder } from './term-words';
import { UploadedPicture } from '../images/UploadedPicture';
import './GlossaryCard.css';

export interface GlossaryCardProps {
  term: GlossaryTerm;
  languages: readonly string[];
  /** Beside a word in the text (floating, fixed to the screen), or null: in place, where it is rendered. */
  anchor: Range | null;
  /** Opened from the keyboard: the card takes the focus (and Escape gives it back, see onClose). */
  takeFocus: boolean;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

/** Room kept between the card and the screen's edges, and the word. */
const MARGIN = 8;

/**
 * A glossary term at a glance: its word in every language (each marked with its language, for
 * screen readers' voices), its picture, and the way to the glossary. A small non-modal dialog:
 * Escape or its close button closes it; opened from the keyboard it holds the focus.
 */
export function GlossaryCard({ term, languages, anchor, takeFocus, onClose, onPointerEnter, onPointerLeave }: GlossaryCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const card = useRef<HTMLDivElement>(null);
  const title = termTitle(term, locale);
  // A floating card goes under its word (above it when there is no room), kept on the screen, and follows
  // scrolling: written straight to its style, so nothing else renders again.
  useLayoutEffect(() => {
    const element = card.current;
    if (!anchor || !element) return;
    const place = () => {
      const word = anchor.getBoundingClientRect();
      const below = word.bottom + MARGIN;
      const fitsBelow = below + element.offsetHeight <= window.innerHeight - MARGIN;
      const top = fitsBelow || word.top - MARGIN - element.offsetHeight < MARGIN ? below : word.top - MARGIN - element.offsetHeight;
      element.style.top = `${top}px`;
      element.style.left = `${Math.max(MARGIN, Math.min(word.left, window.innerWidth - element.offsetWidth - MARGIN))}px`;
      element.style.visibility = 'visible';
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [anchor]);

  useEffect(() => {
    if (takeFocus) card.current?.focus();
  }, [takeFocus, term.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const body = (
    <div
      ref={card}
      className={anchor ? 'glossary-card glossary-card--floating' : 'glossary-card'}
      role="dialog"
      aria-label={t('glossary.card.label', { term: title.text })}
      tabIndex={-1}
      data-glossary-card=""
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="glossary-card__head">
        <p className="glossary-card__title" lang={title.language}>
          {title.text}
        </p>
        <IconButton className="glossary-card__close" label={t('glossary.card.close')} icon={<X size={20} />} onClick={onClose} />
      </div>
      {term.picture ? (
        // The card opens on demand: its picture is wanted at once. At most 20rem wide (GlossaryCard.css).
        <UploadedPicture className="glossary-card__picture" image={term.picture} alt={term.pictureAlt} sizes="20rem" eager />
      ) : null}
      <dl className="glossary-card__words">
        {wordsInOrder(term, languages).map((word) => (
          <div key={word.language} className="glossary-card__word">
            <dt lang={word.language}>{word.name}</dt>
            <dd lang={word.language}>{word.text}</dd>
          </div>
        ))}
      </dl>
      <Link href="/glossary" className="glossary-card__more">
        {t('glossary.card.open')}
      </Link>
    </div>
  );
  // Floating cards live at the end of the page: nothing around the text clips or shifts them.
  return anchor ? createPortal(body, document.body) : body;
}
