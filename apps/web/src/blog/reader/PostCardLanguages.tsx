import { languageOwnName } from '@kopa/protocol';
import { Languages } from 'lucide-react';
import { useT } from '../../i18n/use-t';

/** On a blog card: the languages a post is in, the original first, each named in itself ("English · Latviešu"). */
export function PostCardLanguages({ languages }: { languages: readonly string[] }) {
  const t = useT();
  const names = languages.map((language) => languageOwnName(language));
  return (
    <li aria-label={t('parallelTexts.card.languages', { languages: names.join(', ') })}>
      <Languages size={16} aria-hidden="true" />
      <span aria-hidden="true">
        {languages.map((language, index) => (
          <span key={language}>
            {index > 0 ? ' · ' : ''}
            <span lang={language}>{names[index]}</span>
          </span>
        ))}
      </span>
    </li>
  );
}
