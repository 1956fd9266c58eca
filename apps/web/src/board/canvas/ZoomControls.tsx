import { Maximize, ZoomIn, ZoomOut } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { IconButton } from '../../ui/IconButton';
import { useViewport } from './use-viewport';
import type { ViewportStore } from './viewport-store';

/** −, the zoom (click: 100 %), + and "show everything", bottom right of the board. */
export function ZoomControls({ store, zoomBy, zoomReset, zoomFit }: { store: ViewportStore; zoomBy(factor: number): void; zoomReset(): void; zoomFit(): void }) {
  const t = useT();
  const percent = Math.round(useViewport(store).zoom * 100);
  // At 100 % it only says the zoom: there is nothing to go back to.
  const label = percent === 100 ? t('board.zoomLevel', { percent }) : t('board.zoomReset', { percent });
  return (
    <div className="board-zoom" role="group" aria-label={t('board.zoom')} data-canvas-ui>
      <IconButton label={t('board.zoomOut')} icon={<ZoomOut size={20} />} onClick={() => zoomBy(0.8)} aria-keyshortcuts="-" />
      <button type="button" className="board-zoom__level" onClick={zoomReset} aria-label={label} title={label} aria-keyshortcuts="0">
        {percent} %
      </button>
      <IconButton label={t('board.zoomIn')} icon={<ZoomIn size={20} />} onClick={() => zoomBy(1.25)} aria-keyshortcuts="+" />
      <IconButton label={t('board.zoomFit')} icon={<Maximize size={20} />} onClick={zoomFit} aria-keyshortcuts="Shift+1" />
    </div>
  );
}
