import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/store';
import { flyAfterPaint } from './use-camera-follows-selection';
import { workAfterPaintPending } from '../../lib/after-paint';

const north = { zoom: 5, lat: 40, lng: 116 };
const south = { zoom: 6, lat: 23, lng: 113 };
const frame = () => vi.advanceTimersByTime(20);

describe('a flight after the panel’s frame', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) =>
      setTimeout(() => cb(performance.now()), 16),
    );
    appStore.setState({ flight: null });
    appStore.getState().selectRegion('jingjinji');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sets off once the next frame is painted, not before', () => {
    flyAfterPaint(north, () => true);
    expect(appStore.getState().flight).toBeNull();
    expect(workAfterPaintPending()).toBe(true);
    frame();
    expect(appStore.getState().flight?.view).toEqual(north);
    expect(workAfterPaintPending()).toBe(false);
  });

  it('flies to the last of two asked for in one frame', () => {
    flyAfterPaint(north, () => true);
    flyAfterPaint(south, () => true);
    frame();
    expect(appStore.getState().flight?.view).toEqual(south);
  });

  it('stays put when the selection changed before the frame (Escape at once)', () => {
    const selection = appStore.getState().selection;
    flyAfterPaint(north, (s) => s.selection === selection);
    appStore.getState().clearSelection();
    frame();
    expect(appStore.getState().flight).toBeNull();
  });

  it('gives way to a flight asked for directly in the meantime', () => {
    flyAfterPaint(north, () => true);
    appStore.getState().flyTo(south);
    frame();
    expect(appStore.getState().flight?.view).toEqual(south);
  });
});
