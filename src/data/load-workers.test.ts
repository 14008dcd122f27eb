/// <reference types="node" />
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkWith } from './bundle-check';
import * as schemas from './schema';
import { loadBriefingDir } from './node/load-briefing';
import { realDir } from './test-helpers';
import type { CheckAnswer, CheckRequest } from './check-worker';

const checked = loadBriefingDir(realDir);
if (!checked.bundle) throw new Error(JSON.stringify(checked.problems));
const real = { bundle: checked.bundle };
const text = JSON.stringify(real.bundle);

/** A Worker that answers as check-worker.ts does (or fails to load, as offline). */
function fakeWorkers(mode: 'answer' | 'fail') {
  const made: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: MessageEvent<CheckAnswer>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    terminated = false;
    busy = 0;
    maxBusy = 0;
    constructor() {
      made.push(this);
    }
    postMessage({ text }: CheckRequest) {
      this.maxBusy = Math.max(this.maxBusy, ++this.busy);
      setTimeout(() => {
        this.busy--;
        if (mode === 'fail') {
          this.onerror?.({ preventDefault() {} } as ErrorEvent);
          return;
        }
        this.onmessage?.({ data: checkWith(JSON.parse(text), schemas) } as MessageEvent);
      }, 5);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text, { status: 200 })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('loadBundle: the check workers', () => {
  it('checks twenty briefings with a small pool of workers, one briefing at a time each', async () => {
    const made = fakeWorkers('answer');
    const { loadBundle } = await import('./load');
    const bundles = await Promise.all(Array.from({ length: 20 }, () => loadBundle('x')));
    expect(bundles.every((b) => b.briefing.title.zh === real.bundle.briefing.title.zh)).toBe(true);
    expect(made.length).toBeGreaterThanOrEqual(1);
    expect(made.length).toBeLessThanOrEqual(4);
    expect(made.every((w) => w.maxBusy === 1)).toBe(true);
  });

  it('checks on the main thread when the worker’s code cannot be loaded', async () => {
    const made = fakeWorkers('fail');
    const { loadBundle } = await import('./load');
    const bundles = await Promise.all([loadBundle('a'), loadBundle('b'), loadBundle('c')]);
    expect(bundles).toHaveLength(3);
    expect(bundles[2]!.briefing.title.zh).toBe(real.bundle.briefing.title.zh);
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  it('still rejects a bad file with its problems, from the worker', async () => {
    fakeWorkers('answer');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ briefing: {} }), { status: 200 })),
    );
    const { loadBundle } = await import('./load');
    await expect(loadBundle('bad')).rejects.toThrow(/data\/briefings\/bad\.json/);
  });
});
