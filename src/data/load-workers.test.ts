/// <reference types="node" />
import { createHash } from 'node:crypto';
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
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          this.onmessage?.({ data: { ok: false, notJson: true } } as MessageEvent);
          return;
        }
        this.onmessage?.({ data: checkWith(json, schemas) } as MessageEvent);
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

describe('loadBundle: the digest the build recorded', () => {
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');

  it('takes the very file the build checked without a worker (none is even started)', async () => {
    const made = fakeWorkers('answer');
    const { loadBundle } = await import('./load');
    const bundle = await loadBundle('x', digest);
    expect(bundle).toEqual(real.bundle);
    expect(made).toHaveLength(0);
  });

  it('checks any other bytes with the schemas, and names the problem', async () => {
    const made = fakeWorkers('answer');
    // Valid JSON, not the build's file: the title's paragraph is gone.
    const changed = { ...real.bundle, briefing: { ...real.bundle.briefing, title: undefined } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(changed), { status: 200 })),
    );
    const { loadBundle } = await import('./load');
    await expect(loadBundle('x', digest)).rejects.toThrow(/x\.json.*title/s);
    expect(made.length).toBeGreaterThanOrEqual(1);
  });

  it('checks a file cut short, and says so', async () => {
    fakeWorkers('answer');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(text.slice(0, 5000), { status: 200 })),
    );
    const { loadBundle } = await import('./load');
    await expect(loadBundle('x', digest)).rejects.toThrow(/not valid JSON \(5000 bytes/);
  });
});
