// Fonts for the PNG rasteriser. resvg has no font of its own: it gets a regular and a bold sans
// serif from the first family found here (Debian: fonts-liberation, whose Arial metrics match
// the charts' text-width estimates best; then fonts-dejavu-core, which is wider; then
// fonts-noto-core), or PANTAU_FONT_FILES (comma separated .ttf/.otf paths). Loading only two files
// keeps each render fast; scanning every system font is the last resort.
import fs from 'node:fs';
import path from 'node:path';

export interface FontSetup {
  files: string[];
  family: string | null;
}

const FAMILIES: { family: string; dirs: string[]; regular: string; bold: string }[] = [
  { family: 'Liberation Sans', dirs: ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation', '/usr/share/fonts/truetype/liberation2'], regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' },
  { family: 'DejaVu Sans', dirs: ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'], regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  { family: 'Noto Sans', dirs: ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/noto'], regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
];

let found: FontSetup | undefined;

export function fontSetup(): FontSetup {
  if (found) return found;
  const fromEnv = (process.env.PANTAU_FONT_FILES ?? '').split(',').map((s) => s.trim()).filter((f) => f && fs.existsSync(f));
  if (fromEnv.length) return (found = { files: fromEnv, family: null });
  for (const f of FAMILIES) {
    for (const dir of f.dirs) {
      const regular = path.join(dir, f.regular);
      if (!fs.existsSync(regular)) continue;
      const bold = path.join(dir, f.bold);
      return (found = { files: fs.existsSync(bold) ? [regular, bold] : [regular], family: f.family });
    }
  }
  return (found = { files: [], family: null });
}
