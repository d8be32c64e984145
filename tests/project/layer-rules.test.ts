// The layer rules of eslint.config.js bite: an import against the direction is a lint error,
// the same import in the allowed direction is not. (The lint of the whole tree runs in npm test.)
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the layer rule for `source` as if it were the file at `file`. */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['server/http/x.ts', "import { App } from '../../client/app/app.tsx';", /server imports only common/],
    ['server/http/x.ts', "import { MembershipPanel } from '../../client/features/dashboard/membership-panel.tsx';", /server imports only common/],
    ['common/charts/x.ts', "import { App } from '../../client/app/app.tsx';", /may not import the dashboard/],
    ['common/charts/x.ts', "import { loadConfig } from '../../server/config.ts';", /may not import the server/],
    ['client/features/dashboard/x.ts', "import { App } from '../../app/app.tsx';", /may not import the app shell/],
    ['client/app/x.ts', "import { loadConfig } from '../../server/config.ts';", /never by import/],
    ['server/db/x.ts', "import { freshTarget } from '../../tests/support/test-server.ts';", /may not import tests/],
  ])('%s may not: %s', async (file, source, message) => {
    const errors = await layerErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['server/charts/x.ts', "import { CHARTS } from '../../common/charts/registry.ts';"],
    ['client/features/dashboard/x.ts', "import { CHARTS } from '../../../common/charts/registry.ts';"],
    ['client/app/x.ts', "import { MembershipPanel } from '../features/dashboard/membership-panel.tsx';"],
    ['tests/unit/x.ts', "import { App } from '../../client/app/app.tsx';"],
  ])('%s may: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([]);
  });
});
