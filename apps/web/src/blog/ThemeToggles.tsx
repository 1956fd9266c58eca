import { Check } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import './ThemeToggles.css';

export interface ThemeTogglesProps {
  /** The partnership's themes, in its order. */
  themes: string[];
  chosen: string[];
  disabled?: boolean;
  onChange(chosen: string[]): void;
}

/** The partnership's themes as chips to switch on and off; a tick and the pressed state say which are on. */
export function ThemeToggles({ themes, chosen, disabled, onChange }: ThemeTogglesProps) {
  const t = useT();
  const id = useId();
  // A theme the partnership dropped since stays visible on the post until it is switched off.
  const shown = [...themes, ...chosen.filter((theme) => !themes.includes(theme))];
  const toggle = (theme: string) =>
    onChange(chosen.includes(theme) ? chosen.filter((other) => other !== theme) : shown.filter((other) => other === theme || chosen.includes(other)));

  return (
    <fieldset className="theme-toggles" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('postEdit.themes')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {shown.length > 0 ? t('postEdit.themesHint') : t('postEdit.themesNone')}
      </p>
      {shown.length > 0 ? (
        <ul className="theme-toggles__list">
          {shown.map((theme) => {
            const on = chosen.includes(theme);
            return (
              <li key={theme}>
                <button type="button" className="theme-toggles__chip" aria-pressed={on} disabled={disabled} onClick={() => toggle(theme)}>
                  {on ? <Check size={16} aria-hidden="true" /> : null}
                  {theme}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
