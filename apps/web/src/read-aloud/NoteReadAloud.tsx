import { useLocale, useT } from '../i18n/use-t';
import { useContentLanguage } from '../languages/ItemLanguageContext';
import { piecesOfText } from './reading-pieces';
import { ReadAloudButton } from './ReadAloudButton';

/** Read aloud for one board note or text box, in the board's language (else the reader's own). */
export function NoteReadAloud({ text, compact = true }: { text: string; compact?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const language = useContentLanguage() || locale;
  return <ReadAloudButton compact={compact} language={language} label={t('readAloud.note')} source={() => piecesOfText(text, language)} />;
}
