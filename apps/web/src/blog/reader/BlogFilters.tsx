import { POST_PHASES, type Mobility } from '@kopa/protocol';
import { Search } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { visitValue, type BlogFilter } from './blog-filter';
import './BlogFilters.css';
import '../../ui/choice-chip.css';

export interface BlogFiltersProps {
  filter: BlogFilter;
  onChange(filter: BlogFilter): void;
  themes: readonly string[];
  visits: readonly Mobility[];
}

/** Search, a visit and its phase, and the partnership's themes as chips to pick one. */
export function BlogFilters({ filter, onChange, themes, visits }: BlogFiltersProps) {
  const t = useT();
  const set = (change: Partial<BlogFilter>) => onChange({ ...filter, ...change });

  return (
    <div className="blog-filters">
      <div className="blog-filters__row">
        <TextField
          className="blog-filters__search"
          label={t('blog.filter.search')}
          type="search"
          value={filter.search}
          maxLength={100}
          placeholder={t('blog.filter.searchPlaceholder')}
          onChange={(event) => set({ search: event.target.value })}
          trailing={<Search size={20} aria-hidden="true" className="blog-filters__search-icon" />}
        />
        {visits.length > 0 ? (
          <SelectField
            className="blog-filters__visit"
            label={t('blog.filter.visit')}
            value={filter.visit}
            onChange={(event) => set({ visit: event.target.value })}
          >
            <option value="">{t('blog.filter.allVisits')}</option>
            {visits.map((mobility) => (
              <optgroup key={mobility.id} label={mobility.title}>
                <option value={visitValue(mobility.id)}>{t('blog.phase.any', { city: mobility.city })}</option>
                {POST_PHASES.map((phase) => (
                  <option key={phase} value={visitValue(mobility.id, phase)}>
                    {t(`blog.phase.${phase}`, { city: mobility.city })}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        ) : null}
      </div>
      {themes.length > 0 ? (
        <div className="blog-filters__themes" role="group" aria-label={t('blog.filter.themes')}>
          <button type="button" className="choice-chip" aria-pressed={filter.theme === ''} onClick={() => set({ theme: '' })}>
            {t('blog.filter.allThemes')}
          </button>
          {themes.map((theme) => (
            <button
              key={theme}
              type="button"
              className="choice-chip"
              aria-pressed={filter.theme === theme}
              // A second press on the chosen theme shows every theme again.
              onClick={() => set({ theme: filter.theme === theme ? '' : theme })}
            >
              {theme}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
