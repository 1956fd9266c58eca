/** The caches the service worker fills, shared with the page that asks to clear them. */
export const OFFLINE_CACHES = { api: 'kopa-api', files: 'kopa-files' } as const;

/** Formatters for languages the browser lacks: kept across logins (they hold nobody's data). */
export const INTL_CACHE = 'kopa-intl';

export const SW_MESSAGES = { clearUserData: 'kopa:clear-user-data' } as const;

/** The error code of an API answer the device has never had and cannot get now. */
export const OFFLINE_NOT_CACHED = 'offline_not_cached';
