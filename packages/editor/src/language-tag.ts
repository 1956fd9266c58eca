/**
 * Whether a value is a well-formed BCP 47 language tag (`lv`, `en-GB`, `zh-Hant-TW`).
 * The shape is checked first, then the JavaScript engine's own BCP 47 parser
 * (`Intl.getCanonicalLocales`) decides. The same rule as `canonicalLanguageTag` in
 * @kopa/protocol, which this package may not import (render's tests hold them together).
 */
const SHAPE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const MAX_LENGTH = 35;

export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !SHAPE.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
