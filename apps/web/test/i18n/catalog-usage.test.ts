import { catalogs, type MessageId } from '@kopa/i18n';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hardCodedStrings, sourceFiles, stringsIn } from './source-strings';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const webSource = path.join(repo, 'apps/web/src');
// Code that shows catalog messages: the web app, and the server's exports and showcase (through @kopa/render).
const USING_MESSAGES = ['apps/web/src', 'apps/server/src', 'packages/render/src'].map((folder) => path.join(repo, folder));

/** Text that is the same in every language, with the reason. */
const SAME_IN_EVERY_LANGUAGE: Readonly<Record<string, string>> = {
  'www.example.org': 'an example web address in the link field',
  Aa: 'a type sample on an author\'s colour swatch',
};

describe('the catalogs and the code agree', () => {
  it('every message is used somewhere (an unused key is a forgotten screen or a leftover)', () => {
    const literals = new Set<string>();
    const heads: string[] = [];
    for (const file of USING_MESSAGES.flatMap((folder) => sourceFiles(folder))) {
      const strings = stringsIn(file);
      for (const literal of strings.literals) literals.add(literal);
      // A key built at run time (`role.${role}`): every key under that head counts as used.
      heads.push(...strings.templateHeads.filter((head) => /^[a-z][A-Za-z]*\.[\w.]*$/.test(head)));
    }
    const ids = Object.keys(catalogs.en) as MessageId[];
    const unused = ids.filter((id) => !literals.has(id) && !heads.some((head) => id.startsWith(head)));
    expect(unused).toEqual([]);
  });

  it('the web app writes no user-facing text outside the catalogs', () => {
    const found = sourceFiles(webSource, ['.tsx'])
      .flatMap(hardCodedStrings)
      .filter((each) => !(each.text in SAME_IN_EVERY_LANGUAGE));
    expect(found.map((each) => `${path.relative(webSource, each.file)}:${each.line} ${JSON.stringify(each.text)}`)).toEqual([]);
  });
});
