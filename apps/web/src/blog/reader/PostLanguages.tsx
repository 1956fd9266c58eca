import { languageOwnName, type PublishedPost } from '@kopa/protocol';
import { Columns2 } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/SelectField';
import { ParallelReading } from './ParallelReading';
import { PostContent } from './PostContent';
import { firstReading, languagesOf, pairFrom, validReading, type PostLanguage, type Reading } from './reading-choice';
import { useCreditNames } from './use-credit-names';
import './PostLanguages.css';
import '../../ui/choice-chip.css';

/**
 * A published post's text, in the languages it is written in: "This post is in: English,
 * Latviešu, Español" as chips to read it in one of them, or "Side by side" to read two of them
 * paragraph beside paragraph. A post in one language is just its text.
 */
export function PostLanguages({ post }: { post: PublishedPost }) {
  const t = useT();
  const { locale } = useLocale();
  const { short } = useCreditNames();
  const labelId = useId();
  const languages = useMemo(() => languagesOf(post), [post]);
  const [chosen, setChosen] = useState<Reading>(() => firstReading(languages, locale));
  if (languages.length === 1) return <PostContent content={post.content} language={post.meta.language} />;

  // The post may have been published again meanwhile, without a language that was being read.
  const reading = validReading(languages, chosen, locale);
  const byLanguage = (language: string) => languages.find((candidate) => candidate.language === language)!;
  const options = languages.map((candidate) => (
    <option key={candidate.language} value={candidate.language} lang={candidate.language}>
      {languageOwnName(candidate.language)}
    </option>
  ));
  const one = reading.kind === 'one' ? byLanguage(reading.language) : null;

  return (
    <div className={reading.kind === 'pair' ? 'post-languages post-languages--pair' : 'post-languages'}>
      <div className="post-languages__bar" role="group" aria-labelledby={labelId}>
        <span className="post-languages__label" id={labelId}>
          {t('parallelTexts.reader.languages')}
        </span>
        {languages.map((candidate) => (
          <button
            key={candidate.language}
            type="button"
            className="choice-chip"
            lang={candidate.language}
            aria-pressed={reading.kind === 'one' && reading.language === candidate.language}
            onClick={() => setChosen({ kind: 'one', language: candidate.language })}
          >
            {languageOwnName(candidate.language)}
          </button>
        ))}
        <button
          type="button"
          className="choice-chip post-languages__chip--pair"
          aria-pressed={reading.kind === 'pair'}
          onClick={() => setChosen(pairFrom(languages, reading, locale))}
        >
          <Columns2 size={18} aria-hidden="true" />
          {t('parallelTexts.reader.sideBySide')}
        </button>
      </div>

      {one ? (
        <>
          {!one.original && one.credits.length > 0 ? (
            <p className="post-languages__credits">
              {t('parallelTexts.reader.translatedBy', { language: languageOwnName(one.language), names: short(one.credits) })}
            </p>
          ) : null}
          <PostContent content={one.content} language={one.language} />
        </>
      ) : null}

      {reading.kind === 'pair' ? (
        <>
          <div className="post-languages__pick">
            <SelectField label={t('parallelTexts.reader.first')} value={reading.first} onChange={(event) => setChosen({ ...reading, first: event.target.value })}>
              {options}
            </SelectField>
            <SelectField label={t('parallelTexts.reader.second')} value={reading.second} onChange={(event) => setChosen({ ...reading, second: event.target.value })}>
              {options}
            </SelectField>
          </div>
          <TranslatorsLine languages={[byLanguage(reading.first), byLanguage(reading.second)]} />
          <ParallelReading columns={[byLanguage(reading.first), byLanguage(reading.second)]} />
        </>
      ) : null}
    </div>
  );
}

/** Who wrote the versions shown side by side, a line each. */
function TranslatorsLine({ languages }: { languages: readonly PostLanguage[] }) {
  const t = useT();
  const { short } = useCreditNames();
  const versions = languages.filter(
    (language, index) => !language.original && language.credits.length > 0 && languages.findIndex((other) => other.language === language.language) === index,
  );
  return (
    <>
      {versions.map((language) => (
        <p key={language.language} className="post-languages__credits">
          {t('parallelTexts.reader.translatedBy', { language: languageOwnName(language.language), names: short(language.credits) })}
        </p>
      ))}
    </>
  );
}
