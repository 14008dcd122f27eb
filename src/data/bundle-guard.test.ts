/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { checkBundle } from './bundle-guard';
import { loadBriefingDir } from './node/load-briefing';

const { bundle } = loadBriefingDir('data/briefings/pujiang-2023-07');

async function problems(json: unknown): Promise<string> {
  const result = await checkBundle(json);
  return result.ok ? '' : result.problems;
}

describe('checkBundle (the browser’s check, with the build’s schemas)', () => {
  it('accepts the bundle the build serves', async () => {
    expect((await checkBundle(bundle)).ok).toBe(true);
  });

  it('names the field of a bundle that is not what the screen expects', async () => {
    const broken = structuredClone(bundle!);
    (broken.links[2] as { directed: unknown }).directed = 'yes';
    expect(await problems(broken)).toMatch(/^\$\.links\.2\.directed: /);
  });

  it('rejects something that is not a bundle at all', async () => {
    expect(await problems({ hello: 'world' })).not.toBe('');
  });

  it('rejects a viewpoint about "regions" with no list of regions', async () => {
    const broken = structuredClone(bundle!);
    const i = broken.viewpoints.findIndex((v) => v.scope.kind === 'regions');
    broken.viewpoints[i]!.scope = { kind: 'regions' } as never;
    expect(await problems(broken)).toMatch(new RegExp(`^\\$\\.viewpoints\\.${i}\\.scope`));
  });

  it('rejects a 5 MB string, naming where it is', async () => {
    const broken = structuredClone(bundle!);
    broken.viewpoints[0]!.en = 'x'.repeat(5_000_000);
    expect(await problems(broken)).toMatch(
      /^\$\.viewpoints\.0\.en: is 5000000 characters long \(at most 20000\)/,
    );
  });
});
