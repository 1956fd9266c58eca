import { Minus, Plus } from 'lucide-react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import './TeamCountStepper.css';

/** "Number of teams: − 3 +", with big buttons for fingers and the value announced as it changes. */
export function TeamCountStepper({
  value,
  min,
  max,
  hint,
  onChange,
}: {
  value: number;
  min: number;
  max: number;
  hint: string;
  onChange(value: number): void;
}) {
  const t = useT();
  const labelId = useId();
  return (
    <div className="team-count" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="team-count__label">
        {t('teams.teamCount')}
      </span>
      <div className="team-count__control">
        <IconButton
          className="team-count__button"
          label={t('teams.fewer')}
          icon={<Minus size={22} />}
          disabled={value <= min}
          onClick={() => onChange(value - 1)}
        />
        <output className="team-count__value" aria-live="polite" aria-label={t('teams.teamCount')}>
          {value}
        </output>
        <IconButton
          className="team-count__button"
          label={t('teams.more')}
          icon={<Plus size={22} />}
          disabled={value >= max}
          onClick={() => onChange(value + 1)}
        />
      </div>
      <span className="team-count__hint">{hint}</span>
    </div>
  );
}
