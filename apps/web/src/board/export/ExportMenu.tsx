import type { BoardSnapshot } from '@kopa/board';
import { Download, FileCode, FileImage } from 'lucide-react';
import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { useCloseOnOutsidePress } from '../../ui/use-close-on-outside-press';
import { downloadBoardPng, downloadBoardSvg } from './board-download';
import './ExportMenu.css';

/** "Download": the board as a picture (PNG) or a drawing (SVG), pictures included. */
export function ExportMenu({ getSnapshot, title }: { getSnapshot(): BoardSnapshot; title: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useCloseOnOutsidePress(root, open, close);

  const download = async (kind: 'png' | 'svg') => {
    setOpen(false);
    button.current?.focus();
    setState('busy');
    try {
      const save = kind === 'png' ? downloadBoardPng : downloadBoardSvg;
      await save(getSnapshot(), title, t('board.fileName'));
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <Button
        ref={button}
        variant="secondary"
        icon={<Download size={18} />}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={state === 'busy'}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="export-menu__label">{t('board.download')}</span>
      </Button>
      {open ? (
        <div
          id={menuId}
          className="export-menu__panel"
          role="group"
          aria-label={t('board.download')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <button type="button" className="export-menu__option" onClick={() => void download('png')} autoFocus>
            <FileImage size={20} aria-hidden="true" />
            {t('board.downloadPng')}
          </button>
          <button type="button" className="export-menu__option" onClick={() => void download('svg')}>
            <FileCode size={20} aria-hidden="true" />
            {t('board.downloadSvg')}
          </button>
        </div>
      ) : null}
      <span className="export-menu__status" role="status">
        {state === 'busy' ? t('board.downloading') : state === 'failed' ? t('board.downloadFailed') : ''}
      </span>
    </div>
  );
}
