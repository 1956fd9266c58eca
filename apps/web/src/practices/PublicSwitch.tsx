import { Globe, Lock } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import './PublicSwitch.css';

/**
 * "Public", as a switch: what it means is written beside it and read with it (who will be able to read the
 * practice, and what goes public), and it changes as the switch does.
 */
export function PublicSwitch({ on, disabled, onChange }: { on: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className={on ? 'public-switch public-switch--on' : 'public-switch'}>
      <button
        type="button"
        role="switch"
        className="public-switch__control"
        aria-checked={on}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-means ${id}-note`}
        disabled={disabled}
        onClick={() => onChange(!on)}
      >
        <span className="public-switch__track" aria-hidden="true">
          <span className="public-switch__thumb" />
        </span>
        <span className="public-switch__label" id={`${id}-label`}>
          {t('practices.form.public')}
        </span>
      </button>
      <p className="public-switch__means" id={`${id}-means`}>
        {on ? <Globe size={18} aria-hidden="true" /> : <Lock size={18} aria-hidden="true" />}
        <span>{on ? t('practices.form.publicOn') : t('practices.form.publicOff')}</span>
      </p>
      <p className="public-switch__note" id={`${id}-note`}>
        {t('practices.form.publicNote')}
      </p>
    </div>
  );
}
