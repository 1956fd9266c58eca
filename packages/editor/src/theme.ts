import type { EditorThemeClasses } from 'lexical';

/** CSS class names Lexical puts on rendered nodes; the web app styles them. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'kd-paragraph',
  heading: { h1: 'kd-h1', h2: 'kd-h2', h3: 'kd-h3' },
  quote: 'kd-quote',
  list: {
    ul: 'kd-ul',
    ol: 'kd-ol',
    listitem: 'kd-li',
    nested: { listitem: 'kd-li-nested' },
  },
  link: 'kd-link',
  languageSpan: 'kd-lang',
  image: 'kd-image',
  text: {
    bold: 'kd-bold',
    italic: 'kd-italic',
    underline: 'kd-underline',
    strikethrough: 'kd-strike',
    code: 'kd-code',
  },
};
