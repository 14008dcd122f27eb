import { afterEach, describe, expect, it, vi } from 'vitest';

type Entries = { getEntriesByName: (name: string) => unknown[] };

/** A browser's paint timing: `paint()` reports the first contentful paint to observers. */
function stubPaintTiming() {
  const observers: ((list: Entries) => void)[] = [];
  class Observer {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: Entries) => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', Observer);
  vi.spyOn(performance, 'getEntriesByName').mockReturnValue([]);
  return {
    paint: () => {
      const list = {
        getEntriesByName: (name: string) => (name === 'first-contentful-paint' ? [{}] : []),
      };
      for (const observer of [...observers]) observer(list);
    },
  };
}

describe('afterFirstView', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('holds work until the first view is built and on screen, then runs it once; later work runs at once', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    const timing = stubPaintTiming();
    const { afterFirstView, firstViewShown } = await import('./first-view');
    const early = vi.fn();
    afterFirstView(early);
    firstViewShown();
    firstViewShown();
    // Built, not yet drawn: the compositor may still be rasterising the frame.
    vi.advanceTimersByTime(100);
    expect(early).not.toHaveBeenCalled();
    timing.paint();
    expect(early).not.toHaveBeenCalled();
    // In a task of its own, after the paint's callback.
    vi.advanceTimersByTime(0);
    expect(early).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    afterFirstView(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('does not wait forever where no paint is reported (a hidden tab, no paint timing)', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    vi.stubGlobal('PerformanceObserver', undefined);
    const { afterFirstView, firstViewShown } = await import('./first-view');
    const work = vi.fn();
    afterFirstView(work);
    firstViewShown();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
