/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { bundleGuard, guardProblems } from './bundle-guard';
import { loadBriefingDir } from './load-briefing';

const { bundle } = loadBriefingDir('data/briefings/pujiang-2023-07');

describe('bundleGuard', () => {
  it('accepts the bundle the build serves', () => {
    expect(bundleGuard.safeParse(bundle).success).toBe(true);
  });

  it('names the field of a bundle that is not what the screen expects', () => {
    const broken = structuredClone(bundle!);
    (broken.links[2] as { basis: unknown }).basis = 'maybe';
    const result = bundleGuard.safeParse(broken);
    expect(result.success).toBe(false);
    expect(guardProblems(result.error!)).toMatch(/^\$\.links\.2\.basis: /);
  });

  it('rejects something that is not a bundle at all', () => {
    expect(bundleGuard.safeParse({ hello: 'world' }).success).toBe(false);
  });
});
