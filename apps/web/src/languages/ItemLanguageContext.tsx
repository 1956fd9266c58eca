import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface ItemLanguage {
  /** BCP 47; '' when not said. */
  language: string;
  setLanguage(language: string): void;
}

const ItemLanguageContext = createContext<ItemLanguage | null>(null);

/**
 * The language the open document, post or board is written in, for everything on its page that
 * shows its text (the editor's `lang`, board notes) or reads it (read aloud), and for the control
 * that changes it. Follows `language` when the item is loaded again.
 */
export function ItemLanguageProvider({ language, children }: { language: string; children: ReactNode }) {
  const [chosen, setChosen] = useState<{ from: string; language: string } | null>(null);
  // A choice made here holds until the item arrives again with another language.
  const current = chosen && chosen.from === language ? chosen.language : language;
  const value = useMemo(() => ({ language: current, setLanguage: (next: string) => setChosen({ from: language, language: next }) }), [current, language]);
  return <ItemLanguageContext.Provider value={value}>{children}</ItemLanguageContext.Provider>;
}

/** The open item's language ('' when not said, or outside an item's page). */
export function useContentLanguage(): string {
  return useContext(ItemLanguageContext)?.language ?? '';
}

export function useItemLanguage(): ItemLanguage | null {
  return useContext(ItemLanguageContext);
}
