import { countryName, type MessageId, type MessageValues } from '@kopa/i18n';
import { useMemo } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { TextField } from '../ui/TextField';
import { ChipsField } from './ChipsField';
import { COUNTRY_CODES, LANGUAGE_CODES, languageName, named } from './places';
import { SelectField } from '../ui/SelectField';
import './SchoolFields.css';

export interface SchoolDraft {
  name: string;
  city: string;
  country: string;
  languages: string[];
}

/**
 * A blank school with English, taught almost everywhere. `ownLanguage` is the reader's language, a good guess
 * only for their own school: a school they invite (a Polish school, say) must not get it.
 */
export function emptySchool(ownLanguage?: string): SchoolDraft {
  const guesses = ownLanguage ? [ownLanguage, 'en'] : ['en'];
  return { name: '', city: '', country: '', languages: [...new Set(guesses)].filter((code) => (LANGUAGE_CODES as readonly string[]).includes(code)) };
}

export type SchoolProblems = Partial<Record<'name' | 'city' | 'country', string>>;

export function schoolProblems(school: SchoolDraft, t: (id: MessageId, values?: MessageValues) => string): SchoolProblems {
  return {
    name: school.name.trim().length < 2 ? t('invites.school.nameRequired') : undefined,
    city: school.city.trim() ? undefined : t('invites.school.cityRequired'),
    country: school.country ? undefined : t('invites.school.countryRequired'),
  };
}

/** Name, city, country and languages of a school (a school invite, or the coordinator's own school). */
export function SchoolFields({ value, onChange, errors }: { value: SchoolDraft; onChange(next: SchoolDraft): void; errors: SchoolProblems }) {
  const t = useT();
  const { locale } = useLocale();
  const countries = useMemo(
    () => COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    [locale],
  );
  const languages = useMemo(() => named(locale, LANGUAGE_CODES, 'language').map(({ code, name }) => ({ value: code, name })), [locale]);
  const set = (patch: Partial<SchoolDraft>) => onChange({ ...value, ...patch });

  return (
    <div className="school-fields">
      <TextField
        label={t('invites.school.name')}
        value={value.name}
        maxLength={200}
        autoComplete="organization"
        onChange={(event) => set({ name: event.target.value })}
        error={errors.name}
      />
      <div className="school-fields__place">
        <TextField
          label={t('invites.school.city')}
          value={value.city}
          maxLength={100}
          autoComplete="address-level2"
          onChange={(event) => set({ city: event.target.value })}
          error={errors.city}
        />
        <SelectField
          label={t('invites.school.country')}
          value={value.country}
          onChange={(event) => set({ country: event.target.value })}
          error={errors.country}
        >
          <option value="">{t('invites.school.countryChoose')}</option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
      <ChipsField
        kind="choice"
        label={t('invites.school.languages')}
        placeholder={t('partnership.chips.chooseLanguage')}
        options={languages}
        display={(code) => languageName(locale, code)}
        values={value.languages}
        onChange={(next) => set({ languages: next })}
      />
    </div>
  );
}
