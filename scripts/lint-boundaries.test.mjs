// The layering rules of eslint.boundaries.js catch what they promise: each case is a file
// that is not on disk, linted as if it were at `filePath`, with the project's own config.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function problems(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint: the layering of src/', { timeout: 60_000 }, () => {
  it("fails on a feature importing another feature's internals", async () => {
    expect(
      await problems(
        'src/features/legend/wrong.ts',
        "export { MapView } from '../map/map-view';\n",
      ),
    ).toContain('boundaries/dependencies');
  });

  it('passes a feature importing another feature through its index', async () => {
    expect(
      await problems('src/features/legend/right.ts', "export { MapView } from '../map';\n"),
    ).toEqual([]);
  });

  it('passes a feature importing its own files and shared code', async () => {
    const code =
      "export { MapView } from './map-view';\nexport { camera } from '../../camera/controller';\n";
    expect(await problems('src/features/map/right.ts', code)).toEqual([]);
  });

  it('fails on shared code importing a feature or the app', async () => {
    expect(
      await problems('src/geo/wrong.ts', "export { MapView } from '../features/map';\n"),
    ).toContain('boundaries/dependencies');
    expect(await problems('src/store/wrong.ts', "export { App } from '../app/app';\n")).toContain(
      'boundaries/dependencies',
    );
  });

  it('fails on browser code reaching Node', async () => {
    expect(
      await problems(
        'src/lib/wrong.ts',
        "export { loadBriefingDir } from '../data/node/load-briefing';\n",
      ),
    ).toContain('boundaries/dependencies');
    expect(
      await problems('src/lib/wrong.ts', "export { readFileSync } from 'node:fs';\n"),
    ).toContain('no-restricted-imports');
    expect(
      await problems('src/lib/wrong.ts', 'export const debug = process.env.DEBUG;\n'),
    ).toContain('no-restricted-globals');
    expect(
      await problems('src/lib/wrong.ts', "export const bytes = Buffer.from('x');\n"),
    ).toContain('no-restricted-globals');
  });

  it('lets tests and the Node loader use Node', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    expect(await problems('src/data/node/right.ts', code)).toEqual([]);
    expect(await problems('src/geo/right.test.ts', code)).toEqual([]);
  });
});
