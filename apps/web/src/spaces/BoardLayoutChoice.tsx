import type { BoardLayout } from '@kopa/protocol';
import { Columns3, Shapes } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import './BoardLayoutChoice.css';

const CHOICES = [
  { layout: 'canvas', Icon: Shapes, label: 'space.boardLayout.canvas', hint: 'space.boardLayout.canvasHint' },
  { layout: 'wall', Icon: Columns3, label: 'space.boardLayout.wall', hint: 'space.boardLayout.wallHint' },
] as const;

/** A free canvas or a wall with columns: two big radio cards, each saying in one line what it is. */
export function BoardLayoutChoice({ value, onChange }: { value: BoardLayout; onChange(layout: BoardLayout): void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="board-layout-choice">
      <legend className="board-layout-choice__legend">{t('space.boardLayout')}</legend>
      <div className="board-layout-choice__options">
        {CHOICES.map(({ layout, Icon, label, hint }) => (
          <label key={layout} className="board-layout-choice__option">
            <input
              type="radio"
              className="board-layout-choice__input"
              name={name}
              value={layout}
              checked={value === layout}
              onChange={() => onChange(layout)}
              aria-describedby={`${name}-${layout}`}
            />
            <span className="board-layout-choice__icon" aria-hidden="true">
              <Icon size={26} />
            </span>
            <span className="board-layout-choice__text">
              <span className="board-layout-choice__label">{t(label)}</span>
              <span id={`${name}-${layout}`} className="board-layout-choice__hint">
                {t(hint)}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
