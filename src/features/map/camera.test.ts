import { describe, expect, it } from 'vitest';
import { fitView, projectWith, transformToView, viewToTransform } from './camera';

const size = { width: 1280, height: 800 };

describe('camera', () => {
  it('puts the view centre in the middle of the container', () => {
    const view = { zoom: 4, lat: 31.23, lng: 121.47 };
    const [x, y] = projectWith(viewToTransform(view, size), [121.47, 31.23]);
    expect(x).toBeCloseTo(640, 6);
    expect(y).toBeCloseTo(400, 6);
  });

  it('matches MapLibre’s world size of 512 px at zoom 0', () => {
    const t = viewToTransform({ zoom: 0, lat: 0, lng: 0 }, { width: 512, height: 512 });
    expect(projectWith(t, [-180, 0])[0]).toBeCloseTo(0, 6);
    expect(projectWith(t, [180, 0])[0]).toBeCloseTo(512, 6);
  });

  it('turns a transform back into the same view', () => {
    const view = { zoom: 5.5, lat: 35, lng: 110 };
    const back = transformToView(viewToTransform(view, size), size);
    expect(back.zoom).toBeCloseTo(5.5, 9);
    expect(back.lat).toBeCloseTo(35, 9);
    expect(back.lng).toBeCloseTo(110, 9);
  });

  it('fits bounds inside the padded container', () => {
    const pad = { top: 20, right: 20, bottom: 20, left: 20 };
    const view = fitView(
      [
        [89, 18],
        [127, 53],
      ],
      size,
      pad,
    );
    const t = viewToTransform(view, size);
    const [x0, y0] = projectWith(t, [89, 53]);
    const [x1, y1] = projectWith(t, [127, 18]);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(19);
    expect(x1).toBeLessThanOrEqual(1261);
    expect(y1).toBeLessThanOrEqual(781);
    expect(Math.max(x1 - x0 - 1240, y1 - y0 - 760)).toBeGreaterThan(-2);
  });
});
