import { describe, expect, it, vi } from 'vitest';
import type { View } from '../store/url-hash';
import { projectWith, viewToTransform, type Bounds } from '../geo/projection';
import { CameraController, fitInto, type CameraDriver } from './controller';
import { freeRect } from './visible-area';

const size = { width: 1280, height: 736 };
const panel = { x0: 840, y0: 0, x1: 1280, y1: 736 };
const legend = { x0: 12, y0: 12, x1: 252, y1: 540 };
const inset = { x0: 722, y0: 600, x1: 828, y1: 724 };
/** 长三角 and its partners' ends, roughly: wide and tall. */
const delta: Bounds = [
  [112, 27],
  [122.5, 40],
];

function driver(): CameraDriver & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    jumpTo: (v) => calls.push(`jump ${v.zoom}`),
    flyTo: (v) => calls.push(`fly ${v.zoom}`),
    report: () => calls.push('report'),
  };
}

const frame = (view: View) => ({ project: () => [0, 0] as [number, number], view });

describe('the free part of the map', () => {
  it('leaves out the panel, the legend and the inset', () => {
    const free = freeRect(size, [panel, legend, inset], delta);
    for (const o of [panel, legend, inset])
      expect(free.x0 >= o.x1 || free.x1 <= o.x0 || free.y0 >= o.y1 || free.y1 <= o.y0).toBe(true);
    expect(free.x1).toBeLessThanOrEqual(840);
  });

  it('prefers the gap that fits the shape: a tall target takes the full-height column', () => {
    const tall: Bounds = [
      [110, 20],
      [112, 45],
    ];
    const free = freeRect(size, [panel, legend], tall);
    expect(free.y1 - free.y0).toBe(736);
  });

  it('judges each gap by the scale that fits inside its margin', () => {
    // 全国 / 全球 at 1024 × 768 beside a panel: the gap below the legend is a little wider
    // for China's shape without margins, the one between legend, controls and inset wider
    // with them; China had been drawn small in the map's lower left.
    const china: Bounds = [
      [73.5, 18.15],
      [135.1, 53.56],
    ];
    const obstacles = [
      { x0: 12, y0: 12, x1: 164, y1: 336 },
      { x0: 584, y0: 0, x1: 1024, y1: 655 },
      { x0: 500, y0: 12, x1: 572, y1: 150 },
      { x0: 466, y0: 485, x1: 572, y1: 643 },
    ];
    const small = { width: 1024, height: 655 };
    expect(freeRect(small, obstacles, china, 36)).toEqual({ x0: 164, x1: 584, y0: 150, y1: 485 });
    expect(freeRect(small, obstacles, china, 0)).toEqual({ x0: 0, x1: 466, y0: 336, y1: 655 });
  });

  it('is the whole map when nothing covers it', () => {
    expect(freeRect(size, [], delta)).toEqual({ x0: 0, y0: 0, x1: 1280, y1: 736 });
  });
});

describe('fitting a target', () => {
  it('puts every corner of the bounds inside the free rectangle', () => {
    const out = { visible: { x0: 0, y0: 0, x1: 0, y1: 0 } };
    const view = fitInto({ bounds: delta }, size, [panel, legend, inset], out);
    const t = viewToTransform(view, size);
    for (const corner of [
      delta[0],
      delta[1],
      [delta[0][0], delta[1][1]],
      [delta[1][0], delta[0][1]],
    ]) {
      const [x, y] = projectWith(t, corner as [number, number]);
      expect(x).toBeGreaterThanOrEqual(out.visible.x0 - 0.5);
      expect(x).toBeLessThanOrEqual(out.visible.x1 + 0.5);
      expect(y).toBeGreaterThanOrEqual(out.visible.y0 - 0.5);
      expect(y).toBeLessThanOrEqual(out.visible.y1 + 0.5);
    }
  });

  it('centres a single place in the free rectangle at its zoom', () => {
    const hk: [number, number] = [114.17, 22.32];
    const out = { visible: { x0: 0, y0: 0, x1: 0, y1: 0 } };
    const view = fitInto({ bounds: [hk, hk], maxZoom: 7 }, size, [panel], out);
    expect(view.zoom).toBe(7);
    const [x, y] = projectWith(viewToTransform(view, size), hk);
    expect(x).toBeCloseTo((out.visible.x0 + out.visible.x1) / 2, 0);
    expect(y).toBeCloseTo((out.visible.y0 + out.visible.y1) / 2, 0);
  });
});

describe('the camera controller', () => {
  it('commands the live renderer and ignores what the others report', () => {
    const camera = new CameraController();
    const svg = driver();
    const gl = driver();
    camera.attach('svg', svg);
    camera.attach('maplibre', gl);
    camera.setSize(size);
    const seen = vi.fn();
    camera.subscribe(seen);
    camera.flyTo({ zoom: 5, lat: 30, lng: 110 });
    expect(svg.calls).toEqual(['fly 5']);
    expect(gl.calls).toEqual([]);
    camera.report('maplibre', frame({ zoom: 9, lat: 0, lng: 0 }));
    expect(seen).not.toHaveBeenCalled();
    camera.report('svg', frame({ zoom: 5, lat: 30, lng: 110 }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(camera.view?.zoom).toBe(5);
  });

  it('is not settled during a flight, and is once it has landed and rested', async () => {
    const camera = new CameraController();
    camera.attach('svg', driver());
    camera.setSize(size);
    camera.flyTo({ zoom: 5, lat: 30, lng: 110 });
    expect(camera.settled(0)).toBe(false);
    camera.report('svg', frame({ zoom: 5, lat: 30, lng: 110 }));
    await new Promise((r) => setTimeout(r, 5));
    expect(camera.settled(1)).toBe(true);
  });

  it('holds a hand-over until the gesture ends, then hands over at the view it ended at', () => {
    const camera = new CameraController();
    const svg = driver();
    const gl = driver();
    camera.attach('svg', svg);
    camera.attach('maplibre', gl);
    const lives: string[] = [];
    camera.subscribeLive((l) => lives.push(l));
    camera.jumpTo({ zoom: 4, lat: 30, lng: 110 });
    camera.gestureStart('svg');
    expect(camera.handOver('maplibre', { zoom: 4, lat: 30, lng: 110 })).toBe(false);
    expect(camera.handOverPending).toBe(true);
    expect(camera.live).toBe('svg');
    const end = { zoom: 4, lat: 31, lng: 108 };
    camera.report('svg', frame(end));
    camera.commit('svg', end);
    expect(camera.live).toBe('maplibre');
    expect(lives).toEqual(['maplibre']);
    expect(gl.calls).toContain('jump 4');
    expect(gl.calls.at(-1)).toBe('report');
    // The renderer that was replaced can no longer write the view.
    const views: View[] = [];
    camera.subscribeView((v) => views.push(v));
    camera.commit('svg', { zoom: 9, lat: 0, lng: 0 });
    expect(views).toEqual([]);
  });

  it('moves a renderer that drew another view before it takes over', () => {
    const camera = new CameraController();
    const gl = driver();
    camera.attach('svg', driver());
    camera.attach('maplibre', gl);
    camera.jumpTo({ zoom: 4, lat: 30, lng: 110 });
    expect(camera.handOver('maplibre', { zoom: 3, lat: 30, lng: 110 })).toBe(false);
    expect(gl.calls.at(-1)).toBe('jump 4');
    expect(camera.handOver('maplibre', { zoom: 4, lat: 30, lng: 110 })).toBe(true);
  });

  it('waits for the map to have a size before a fit, as the same command', () => {
    const camera = new CameraController();
    const svg = driver();
    camera.attach('svg', svg);
    camera.fit({ bounds: delta }, () => []);
    const asked = camera.commandCount;
    expect(svg.calls).toEqual([]);
    camera.setSize(size);
    expect(svg.calls).toHaveLength(1);
    expect(svg.calls[0]).toMatch(/^jump /);
    expect(camera.commandCount).toBe(asked);
  });

  it('a gesture cancels what was asked before it', () => {
    const camera = new CameraController();
    camera.attach('svg', driver());
    camera.setSize(size);
    camera.flyTo({ zoom: 5, lat: 30, lng: 110 });
    const asked = camera.commandCount;
    camera.gestureStart('svg');
    expect(camera.commandCount).not.toBe(asked);
    expect(camera.settled(0)).toBe(false);
  });
});
