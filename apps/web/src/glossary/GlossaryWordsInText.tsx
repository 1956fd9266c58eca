import type { GlossaryTerm } from '@kopa/protocol';
import { BookOpen, ChevronDown } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { termTitle } from './term-words';
import './GlossaryWordsInText.css';

export interface GlossaryWordsInTextProps {
  /** The glossary terms found in the text, in reading order. */
  terms: readonly GlossaryTerm[];
  /** The term whose card is open from this list, if any. */
  openTermId: string | null;
  onOpen(termId: string, opener: HTMLButtonElement): void;
  /** The card, shown under the list while one of its terms is open. */
  card: ReactNode;
}

/**
 * The keyboard's (and screen reader's) way to the glossary words of a text, which are only drawn as
 * highlights: a button saying how many there are, opening the list; each opens the term's card.
 */
export function GlossaryWordsInText({ terms, openTermId, onOpen, card }: GlossaryWordsInTextProps) {
  const t = useT();
  const { locale } = useLocale();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  if (terms.length === 0) return null;
  return (
    <div className="glossary-in-text">
      <button
        ref={toggle}
        type="button"
        className="glossary-in-text__toggle"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((open) => !open)}
      >
        <BookOpen size={18} aria-hidden="true" />
        {t('glossary.inText.button', { count: terms.length })}
        <ChevronDown size={18} aria-hidden="true" className="glossary-in-text__chevron" />
      </button>
      <ul id={listId} className="glossary-in-text__list" aria-label={t('glossary.inText.list')} hidden={!expanded}>
        {terms.map((term) => {
          const title = termTitle(term, locale);
          return (
            <li key={term.id}>
              <button
                type="button"
                className="glossary-in-text__term"
                aria-haspopup="dialog"
                aria-expanded={openTermId === term.id}
                lang={title.language}
                onClick={(event) => onOpen(term.id, event.currentTarget)}
              >
                {title.text}
              </button>
            </li>
          );
        })}
      </ul>
      {card}
    </div>
  );
}
