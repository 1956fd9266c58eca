import { createTranslator, LOCALES } from '@kopa/i18n';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../src/api/api-client';
import { errorMessage } from '../../src/i18n/error-message';
import { sourceFiles } from './source-strings';

const serverSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server/src');

/** Every error code the server's REST answers can carry (`new HttpError(409, 'conflict', …)`). */
function serverErrorCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(serverSource)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/HttpError\(\s*\d{3},\s*'([a-z_]+)'/g)) codes.add(match[1]!);
  }
  return [...codes].sort();
}

describe('server errors reach people in their language', () => {
  const codes = serverErrorCodes();

  it('finds the codes the server sends', () => {
    expect(codes).toEqual(expect.arrayContaining(['conflict', 'forbidden', 'invalid_request', 'not_found']));
  });

  for (const locale of LOCALES) {
    it(`${locale}: every code has its own words, not "something went wrong"`, () => {
      const { t } = createTranslator(locale);
      const generic = t('error.internal');
      const vague = codes.filter((code) => code !== 'internal' && errorMessage(new ApiRequestError(400, code, 'English detail'), t) === generic);
      expect(vague).toEqual([]);
    });
  }
});
