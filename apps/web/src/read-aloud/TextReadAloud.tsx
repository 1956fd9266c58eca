import { useLocale } from '../i18n/use-t';
import { useContentLanguage } from '../languages/ItemLanguageContext';
import { piecesOfElement } from './reading-pieces';
import { ReadAloudButton } from './ReadAloudButton';

export interface TextReadAloudProps {
  /** Where the text is on the page (a CSS selector): it is read as it is when Play is pressed. */
  from: string;
  /** The text's language; by default the open item's (else the reader's own). */
  language?: string;
}

/** Read aloud for a document's or post's text: paragraph by paragraph, passages in their own language. */
export function TextReadAloud({ from, language }: TextReadAloudProps) {
  const { locale } = useLocale();
  const itemLanguage = useContentLanguage();
  const lang = language || itemLanguage || locale;
  return <ReadAloudButton language={lang} source={() => piecesOfElement(document.querySelector(from), lang)} />;
}
