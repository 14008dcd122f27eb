import { geoBounds, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  fitView,
  lngLatBounds,
  projectWith,
  transformToView,
  viewToTransform,
  WORLD_UNIT,
  worldPath,
  worldProjection,
} from './projection';
import { bundledGeo as geo } from './test-geo';

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

  it('draws every layer where the spherical Web Mercator would', () => {
    const spherical = geoPath(worldProjection).digits(3);
    for (const layer of [geo.land, geo.regions, geo.partials, geo.neighbours, geo.nanhai]) {
      for (const f of layer.features) {
        // Russia runs on past 180° east: drawn on eastwards, as MapLibre draws it, where
        // the spherical clip would move that piece to the far west of the world.
        if (lngLatBounds(f)[1][0] > 180) continue;
        const ours = measure(worldPath(f), WORLD_UNIT);
        const theirs = measure(spherical(f)!);
        const offBy = ours.bounds.map((v, i) => Math.abs(v - theirs.bounds[i]!));
        expect(Math.max(...offBy)).toBeLessThan(0.002);
        expect(Math.abs(ours.area - theirs.area)).toBeLessThanOrEqual(1e-4 * theirs.area + 1e-5);
      }
    }
  });

  it('bounds a shape from its points as from the bounds build-geo gives it', () => {
    for (const f of geo.regions.features) {
      expect(f.bbox).toHaveLength(4);
      expect(lngLatBounds({ ...f, bbox: undefined })).toEqual(lngLatBounds(f));
    }
  });

  it('bounds each region as the spherical bounds do', () => {
    for (const f of geo.regions.features) {
      const [[w, s], [e, n]] = lngLatBounds(f);
      const [[w2, s2], [e2, n2]] = geoBounds(f);
      expect(Math.max(Math.abs(w - w2), Math.abs(e - e2))).toBeLessThan(1e-9);
      // Spherical bounds follow great circles: a little beyond the northern edge.
      expect(Math.abs(s - s2)).toBeLessThan(0.05);
      expect(Math.abs(n - n2)).toBeLessThan(0.05);
    }
  });
});

/** The rings of SVG path data made of M, L, l and Z commands, as absolute points. */
function rings(d: string, unit = 1): [number, number][][] {
  const out: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const n = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') out.push([]);
    for (let i = 0; i < n.length; i += 2) {
      if (command === 'l') [x, y] = [x + n[i]!, y + n[i + 1]!];
      else [x, y] = [n[i]!, n[i + 1]!];
      out.at(-1)!.push([x / unit, y / unit]);
    }
  }
  return out;
}

/** Net area (shoelace) and bounds of SVG path data (see `rings`). */
function measure(d: string, unit = 1) {
  let area = 0;
  const bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings(d, unit)) {
    ring.forEach(([x, y], i) => {
      const [x2, y2] = ring[(i + 1) % ring.length]!;
      area += (x * y2 - x2 * y) / 2;
      bounds[0] = Math.min(bounds[0]!, x);
      bounds[1] = Math.min(bounds[1]!, y);
      bounds[2] = Math.max(bounds[2]!, x);
      bounds[3] = Math.max(bounds[3]!, y);
    });
  }
  return { area: Math.abs(area), bounds };
}
