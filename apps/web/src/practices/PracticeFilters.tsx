import type { MessageId } from '@kopa/i18n';
import type { PracticeFacets } from '@kopa/protocol';
import { PRACTICE_LIMITS } from '@kopa/protocol';
import { Search } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { TextField } from '../ui/TextField';
import { chipsOf, FACET_NAMES, toggled, type FacetName, type PracticeFilter } from './practice-filter';
import { usePlaceNames } from './use-place-names';
import './PracticeFilters.css';

export interface PracticeFiltersProps {
  filter: PracticeFilter;
  /** The values the current results carry, with how many carry each; null until the first answer. */
  facets: PracticeFacets | null;
  onChange(filter: PracticeFilter): void;
}

const LEGENDS: Record<FacetName, MessageId> = {
  themes: 'practices.filter.themes',
  countries: 'practices.filter.countries',
  languages: 'practices.filter.languages',
};

/** The search box, and a row of chips for each filter (themes, countries, languages) with their counts. */
export function PracticeFilters({ filter, facets, onChange }: PracticeFiltersProps) {
  const t = useT();
  const names = usePlaceNames();
  const nameOf = (facet: FacetName, value: string) =>
    facet === 'countries' ? names.country(value) : facet === 'languages' ? names.language(value) : value;

  return (
    <div className="practice-filters" role="search">
      <TextField
        label={t('practices.filter.search')}
        hint={t('practices.filter.searchHint')}
        type="search"
        value={filter.search}
        maxLength={PRACTICE_LIMITS.queryMaxLength}
        placeholder={t('practices.filter.searchPlaceholder')}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
        trailing={<Search size={20} aria-hidden="true" className="practice-filters__search-icon" />}
      />
      {FACET_NAMES.map((facet) => {
        const chips = chipsOf(facets?.[facet] ?? [], filter[facet]);
        if (chips.length === 0) return null;
        const legendId = `practice-filter-${facet}`;
        return (
          <div key={facet} className="practice-filters__group">
            <p className="practice-filters__legend" id={legendId}>
              {t(LEGENDS[facet])}
            </p>
            <div role="group" aria-labelledby={legendId}>
            <ul className="practice-filters__chips">
              {chips.map((chip) => {
                const name = nameOf(facet, chip.value);
                return (
                  <li key={chip.value}>
                    <button
                      type="button"
                      className="practice-filters__chip"
                      aria-pressed={chip.chosen}
                      aria-label={t('practices.filter.chip', { name, count: chip.count })}
                      onClick={() => onChange(toggled(filter, facet, chip.value))}
                    >
                      <span>{name}</span>{' '}
                      <span className="practice-filters__count" aria-hidden="true">
                        {chip.count}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            </div>
          </div>
        );
      })}
    </div>
  );
}
