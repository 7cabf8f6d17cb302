// Every language has every string: the catalogs against the English source catalog, and the
// source code against the English catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../src/i18n/catalog.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import en from '../src/i18n/locales/en.js';
import { FAILURE_KINDS } from '../src/paste/outcome.js';
import { PACKAGE_DIR } from './support/build.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `a.b.c` → string, for every leaf of a catalog. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

/** Plural forms grouped under their base key; other keys are their own group. */
function groups(flat: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, value] of flat) {
    const base = key.replace(PLURAL, '');
    const form = PLURAL.exec(key)?.[1] ?? '';
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, value);
  }
  return out;
}

const placeholders = (text: string) =>
  new Set(text.match(/\{\{\s*\w+/g)?.map((p) => p.replace(/\{\{\s*/, '')));
const tags = (text: string) => new Set(text.match(/<\/?\w+>/g));

async function catalogOf(code: string): Promise<Catalog> {
  return ((await import(`../src/i18n/locales/${code}.ts`)) as { default: Catalog }).default;
}

const source = groups(flatten(en));

describe.each(LANGUAGES.filter((language) => language.code !== 'en'))(
  'the $code catalog ($name)',
  ({ code }) => {
    it('has every string of the English catalog, in every plural form the language uses', async () => {
      const catalog = groups(flatten(await catalogOf(code)));
      const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const missing: string[] = [];
      for (const [base, english] of source) {
        const translated = catalog.get(base);
        const needed = english.has('') ? [''] : forms;
        for (const form of needed) {
          const text = translated?.get(form);
          if (text === undefined || text.trim() === '')
            missing.push(form ? `${base}_${form}` : base);
        }
      }
      expect(missing).toEqual([]);
      expect([...catalog.keys()].filter((base) => !source.has(base))).toEqual([]);
    });

    it('keeps the placeholders and markup of each English string', async () => {
      const catalog = groups(flatten(await catalogOf(code)));
      const wrong: string[] = [];
      for (const [base, english] of source) {
        const englishText = [...english.values()].join(' ');
        for (const [form, text] of catalog.get(base) ?? []) {
          const allowed = placeholders(englishText);
          const used = placeholders(text);
          // A plural form may spell its number out ("two files"), never add a placeholder.
          const extra = [...used].filter((name) => !allowed.has(name));
          const lost = english.has('') ? [...allowed].filter((name) => !used.has(name)) : [];
          const sameTags = [...tags(englishText)].sort().join() === [...tags(text)].sort().join();
          if (extra.length + lost.length > 0 || !sameTags)
            wrong.push(`${base}${form && `_${form}`}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('is translated, not a copy of the English', async () => {
      const flat = flatten(await catalogOf(code));
      const english = flatten(en);
      const same = [...flat].filter(([key, text]) => english.get(key) === text).map(([key]) => key);
      // Names (Markdown, Code) and a few symbols stay as they are; whole sentences never do.
      expect(same.length / flat.size).toBeLessThan(0.06);
      expect(same.filter((key) => (english.get(key) ?? '').split(' ').length > 3)).toEqual([]);
    });
  },
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the source', () => {
  it('asks only for strings the English catalog has', () => {
    const keys = new Set(source.keys());
    const used = sourceFiles(join(PACKAGE_DIR, 'src')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [
        ...[...text.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
        ...[...text.matchAll(/i18nKey="([\w.]+)"/g)].map((m) => m[1]!),
        // Keys chosen by a condition: t(cond ? 'a.b' : 'c.d', ...)
        ...[...text.matchAll(/\bt\(\s*[\w.!]+ \? '([\w.]+)' : '([\w.]+)'/g)].flatMap((m) => [
          m[1]!,
          m[2]!,
        ]),
      ];
    });
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('has a text for every key built at run time', () => {
    const keys = new Set(source.keys());
    const built = [
      ...FAILURE_KINDS.flatMap((kind) => [`failure.${kind}.title`, `failure.${kind}.detail`]),
      ...['padding', 'options', 'key', 'features', 'metadata'].map((line) => `status.v2.${line}`),
      ...['local', 'nym'].flatMap((net) => [`status.${net}.connecting`, `status.${net}.connected`]),
      ...['ping', 'encrypt', 'pow', 'send', 'wait'].map((stage) => `progress.${stage}`),
      ...['send', 'wait', 'decrypt'].map((stage) => `view.stage.${stage}`),
      ...['system', 'light', 'dark'].map((theme) => `theme.${theme}`),
      ...['insecure', 'missing', 'invalid'].map((reason) => `config.${reason}`),
      ...['text', 'markdown', 'code'].map((kind) => `format.${kind}`),
      ...['unlimited', 'burn', 'limited'].map((views) => `options.viewChoice.${views}`),
      ...['connection', 'server', 'serverSilent', 'tooLarge', 'tooManyFiles', 'views', 'empty'].map(
        (reason) => `create.waiting.${reason}`,
      ),
      ...['bash', 'markdown', 'plaintext'].map((name) => `editor.languages.${name}`),
    ];
    expect(built.filter((key) => !keys.has(key))).toEqual([]);
    // Every key built from a template in the source has its prefix listed above.
    const templates = sourceFiles(join(PACKAGE_DIR, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].map((m) => m[1]!),
    );
    expect(templates.length).toBeGreaterThan(5);
    expect(templates.filter((prefix) => !built.some((key) => key.startsWith(prefix)))).toEqual([]);
  });
});
