import { useT } from '../i18n/use-t';
import { EmptyState } from '../ui/EmptyState';

/** No space yet: a picture and one sentence saying what happens next. */
export function EmptySpaces() {
  const t = useT();
  return <EmptyState picture="together">{t('home.empty')}</EmptyState>;
}
