import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';

/** Says why the page just reloaded its item: changes made while it could not write were not kept. */
export function RefusedEditsNotice({ refused }: { refused: boolean }) {
  const t = useT();
  return refused ? <Banner tone="warning">{t('editor.editsRefused')}</Banner> : null;
}
