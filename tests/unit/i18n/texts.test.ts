// Every namespace of common/i18n/ has the same texts in both languages: the same keys at every
// depth, functions in the same places, and no empty text. The types already require the keys of
// each namespace's type; this also covers the Record<string, string> parts (segment names,
// channel names…), which a type cannot hold to each other, and empty strings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../../common/i18n/texts.ts';
import { PROJECT_ROOT } from '../../support/project-files.ts';

// The files of common/i18n/ that are not a namespace: the shape, the index, formatting, and the
// accessor kept for the dashboard's old import (messages(locale)).
const NOT_NAMESPACES = new Set(['bilingual.ts', 'texts.ts', 'format.ts', 'messages.ts']);

type Shape = 'string' | 'function' | Shape[] | { [key: string]: Shape };

/** The value's structure: 'string' or 'function' at the leaves, keys (sorted) or items above. */
function shape(value: unknown, path: string, empty: string[]): Shape {
  if (typeof value === 'function') return 'function';
  if (typeof value === 'string') {
    if (value.trim() === '') empty.push(path);
    return 'string';
  }
  if (Array.isArray(value)) return value.map((v, i) => shape(v, `${path}[${i}]`, empty));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k], `${path}.${k}`, empty)]),
    );
  }
  throw new Error(`${path}: a text is a string, a function or an object or array of them, not ${String(value)}`);
}

describe('the texts of every namespace', () => {
  it('names every namespace file of common/i18n/ in the index', async () => {
    const folder = path.join(PROJECT_ROOT, 'common', 'i18n');
    const indexed = new Set<unknown>(Object.values(TEXTS));
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.ts') && !NOT_NAMESPACES.has(f));
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(TEXTS).length);
    for (const file of files) {
      const exported = Object.values((await import(path.join(folder, file))) as Record<string, unknown>);
      const namespaces = exported.filter((v) => v && typeof v === 'object' && 'id' in v && 'en' in v);
      expect(namespaces.length, `${file} exports one namespace`).toBe(1);
      expect(indexed.has(namespaces[0]), `${file}'s namespace is in common/i18n/texts.ts`).toBe(true);
    }
  });

  it('tells a difference between the languages apart (the check itself)', () => {
    const a = shape({ x: 'a', y: { z: () => 'b' } }, 'a', []);
    expect(shape({ x: 'a', y: { z: 'b' } }, 'b', [])).not.toEqual(a);
    expect(shape({ x: 'a', y: {} }, 'b', [])).not.toEqual(a);
    const empty: string[] = [];
    shape({ x: ' ' }, 'c', empty);
    expect(empty).toEqual(['c.x']);
  });

  for (const [name, texts] of Object.entries(TEXTS)) {
    describe(name, () => {
      it('has exactly the two languages', () => {
        expect(Object.keys(texts).sort()).toEqual(['en', 'id']);
      });
      it('has the same keys at every depth in id and en, and functions in the same places', () => {
        const id = shape(texts.id, `${name}.id`, []);
        const en = shape(texts.en, `${name}.en`, []);
        expect(en).toEqual(id);
      });
      it('has no empty text', () => {
        const empty: string[] = [];
        shape(texts.id, `${name}.id`, empty);
        shape(texts.en, `${name}.en`, empty);
        expect(empty).toEqual([]);
      });
    });
  }
});
