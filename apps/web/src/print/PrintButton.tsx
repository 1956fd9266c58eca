import { Printer } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';

/** Opens the browser's print dialog for the page: print.css leaves the title, credits, text, pictures and licence. */
export function PrintButton() {
  const t = useT();
  return (
    <Button variant="secondary" icon={<Printer size={18} />} onClick={() => window.print()}>
      {t('print.button')}
    </Button>
  );
}
