import { useLocale } from '../i18n/use-t';
import { languageName } from '../partnerships/places';
import './LanguageTag.css';

/** A small tag saying which language an item is written in: "LV" to see, "Latvian" to hear and on hover. */
export function LanguageTag({ code }: { code: string }) {
  const { locale } = useLocale();
  const name = languageName(locale, code);
  return (
    <span className="language-tag" title={name}>
      <span aria-hidden="true">{code.split('-')[0]!.toUpperCase()}</span>
      <span className="visually-hidden">{name}</span>
    </span>
  );
}
