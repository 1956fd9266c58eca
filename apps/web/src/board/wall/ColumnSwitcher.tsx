import { useT } from '../../i18n/use-t';
import './ColumnSwitcher.css';

export interface ColumnSwitcherProps {
  columns: readonly { title: string; count: number }[];
  /** The column on screen now. */
  active: number;
  /** A dragged note would land in this column. */
  dropTarget: number | null;
  onShow(index: number): void;
}

/**
 * On a phone the wall shows one column at a time: these buttons name every
 * column, show which one is on screen and jump to the others. A note dragged
 * onto one of them goes to the end of that column. Hidden on wider screens.
 */
export function ColumnSwitcher({ columns, active, dropTarget, onShow }: ColumnSwitcherProps) {
  const t = useT();
  return (
    <nav className="wall-switcher" aria-label={t('wall.columns')}>
      <ul className="wall-switcher__list">
        {columns.map((column, index) => (
          <li key={index}>
            <button
              type="button"
              className={['wall-switcher__pill', dropTarget === index ? 'wall-switcher__pill--target' : ''].filter(Boolean).join(' ')}
              data-pill={index}
              aria-current={index === active ? 'true' : undefined}
              aria-label={`${column.title}, ${t('wall.noteCount', { count: column.count })}`}
              onClick={() => onShow(index)}
            >
              <span className="wall-switcher__title">{column.title}</span>
              {/* An empty column shows no number: "0" would not match its name ("No notes"). */}
              {column.count > 0 ? (
                <>
                  {' '}
                  <span className="wall-switcher__count" aria-hidden="true">
                    {column.count}
                  </span>
                </>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
