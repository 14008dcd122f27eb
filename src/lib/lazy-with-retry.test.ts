import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, chunksLoading, importWithRetry } from './lazy-with-retry';

describe('loading a code chunk', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tries again after 0.5 s and 1 s, and takes the chunk once it comes', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue('chunk');
    const loading = importWithRetry(load);
    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    // Twice as long before the next try.
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(3);
    await expect(loading).resolves.toBe('chunk');
  });

  it('says a chunk is loading until the frame after it came is painted', async () => {
    vi.stubGlobal('requestAnimationFrame', (paint: () => void) => setTimeout(paint, 16));
    try {
      let arrive: (chunk: string) => void = () => {};
      const loading = importWithRetry(() => new Promise<string>((done) => (arrive = done)));
      expect(chunksLoading()).toBe(true);
      arrive('chunk');
      await expect(loading).resolves.toBe('chunk');
      // Its first frame is still to come: the page may still change for it.
      expect(chunksLoading()).toBe(true);
      await vi.advanceTimersByTimeAsync(20);
      expect(chunksLoading()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives up with a ChunkLoadError that keeps the cause, after the last try', async () => {
    const cause = new Error('net::ERR_FAILED');
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(cause);
    const loading = importWithRetry(load, { retries: 2, delayMs: 10 });
    const settled = expect(loading).rejects.toSatisfy(
      (e) => e instanceof ChunkLoadError && e.cause === cause && e.message === cause.message,
    );
    await vi.advanceTimersByTimeAsync(100);
    await settled;
    expect(load).toHaveBeenCalledTimes(3);
  });
});
