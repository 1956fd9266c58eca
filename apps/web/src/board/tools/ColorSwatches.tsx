import { BOARD_COLORS, COLOR_VALUES, type BoardColor } from '@kopa/board';
import { Check } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import './ColorSwatches.css';

/** The eight board colours as big round buttons; the current one carries a tick. */
export function ColorSwatches({ value, onChange }: { value: BoardColor | null; onChange(color: BoardColor): void }) {
  const t = useT();
  return (
    <div className="color-swatches" role="group" aria-label={t('board.color')}>
      {BOARD_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className="color-swatches__swatch"
          aria-pressed={value === color}
          aria-label={t(`board.color.${color}`)}
          title={t(`board.color.${color}`)}
          onClick={() => onChange(color)}
        >
          <span className="color-swatches__dot" style={{ background: COLOR_VALUES[color].fill, borderColor: COLOR_VALUES[color].ink }} aria-hidden="true">
            {value === color ? <Check size={16} color={COLOR_VALUES[color].ink} strokeWidth={3} /> : null}
          </span>
        </button>
      ))}
    </div>
  );
}
