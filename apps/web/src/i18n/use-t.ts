import type { MessageId, MessageValues } from '@kopa/i18n';
import { useCallback, useContext } from 'react';
import { useIntl } from 'react-intl';
import { LocaleContext } from './I18nProvider';

/** The typed translate function: `t('login.title')`. Only ids in the catalogs compile. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}

export function useLocale() {
  return useContext(LocaleContext);
}

/** "Anna, Jānis and Lucía" in the reader's language ("Anna, Jānis un Lucía"), from Intl.ListFormat. */
export function useList(): (items: readonly string[]) => string {
  const intl = useIntl();
  return useCallback((items) => intl.formatList(items, { type: 'conjunction' }), [intl]);
}
