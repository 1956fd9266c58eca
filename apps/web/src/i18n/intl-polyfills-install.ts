// Replaces the browser's formatters with formatjs's, in the order they build on one another
// (numbers before relative times and dates), then gives the date formatter every time zone.
// Imported only by intl-polyfills.ts, and only where the browser lacks the reader's language.
import '@formatjs/intl-displaynames/polyfill-force.js';
import '@formatjs/intl-listformat/polyfill-force.js';
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-relativetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/polyfill-force.js';
import '@formatjs/intl-datetimeformat/add-all-tz.js';
