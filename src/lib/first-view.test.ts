import { describe, expect, it, vi } from 'vitest';

describe('afterFirstView', () => {
  it('holds work until the first view is shown, then runs it once; later work runs at once', async () => {
    vi.resetModules();
    const { afterFirstView, firstViewShown } = await import('./first-view');
    const early = vi.fn();
    afterFirstView(early);
    expect(early).not.toHaveBeenCalled();
    firstViewShown();
    firstViewShown();
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    afterFirstView(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
