// Golden SVG files, as Observable Plot does: the rendered markup is normalised (geometry
// rounded to 2 decimals, generated ids renumbered) and compared with __golden__/<case>.svg.
// A missing golden is written and the test fails, saying so: the new file is reviewed and
// committed, and a run that finds no golden (a CI run, a clean clone) can never pass by writing
// one. A difference writes <case>-changed.svg beside it and fails, so the change can be reviewed
// and copied over if intended.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__');

// Only geometry attributes are rounded: text and tooltips hold formatted figures like "46.878"
// that must stay exactly as written.
const GEOMETRY = /\s(d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|transform|points|font-size|stroke-width)="([^"]*)"/g;

function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

export function normaliseSvg(svg: string): string {
  let out = svg.replace(GEOMETRY, (_m, name: string, value: string) => ` ${name}="${roundNumbers(value)}"`);
  const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  // Ids are renumbered by their prefix (everything before the trailing -title/-desc/...).
  const prefixes = [...new Set(ids.map((id) => id.replace(/-(title|desc)$/, '')))];
  prefixes.forEach((prefix, i) => {
    out = out.split(prefix).join(`id${i}`);
  });
  // One element per line keeps diffs of golden files readable.
  return out.replace(/></g, '>\n<') + '\n';
}

export function expectGolden(name: string, svg: string): void {
  const actual = normaliseSvg(svg);
  const file = path.join(GOLDEN_DIR, `${name}.svg`);
  const changed = path.join(GOLDEN_DIR, `${name}-changed.svg`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    expect.fail(`${name}.svg had no golden file: written to ${path.relative(process.cwd(), file)}; review it, commit it and run again`);
  }
  const expected = fs.readFileSync(file, 'utf8');
  if (expected === actual) {
    if (fs.existsSync(changed)) fs.unlinkSync(changed);
    return;
  }
  fs.writeFileSync(changed, actual);
  expect.fail(`${name}.svg differs from its golden file; see ${path.relative(process.cwd(), changed)}`);
}
