// Shared by both baseline pages: the app's own geometry file and ten arcs (the app shows
// seven at its first view, nothing selected), so the comparison is about the renderer.
import { feature } from 'topojson-client';

export async function loadGeo() {
  const topology = await (await fetch('../geo/china.topo.json')).json();
  const provinces = feature(topology, topology.objects.provinces);
  const regions = feature(topology, topology.objects.regions);
  return { provinces, regions };
}

/** One arc between every pair of the five regions: ten in all. */
export function arcEnds(regions) {
  const labels = regions.features.map((f) => f.properties.label);
  const ends = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) ends.push([labels[i], labels[j]]);
  return ends;
}

/** A quadratic curve bent to the left of a→b, sampled in the plane of its inputs. */
export function curve(a, b, samples = 32) {
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const c = [mx - (b[1] - a[1]) * 0.25, my + (b[0] - a[0]) * 0.25];
  const points = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    points.push([
      u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
      u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    ]);
  }
  return points;
}

/** [[west, south], [east, north]] of a feature collection. */
export function bounds(collection) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else c.forEach(visit);
  };
  collection.features.forEach((f) => visit(f.geometry.coordinates));
  return [
    [w, s],
    [e, n],
  ];
}
