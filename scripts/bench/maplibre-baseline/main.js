/* global document */
// The plain MapLibre page the app's MapLibre hand-over is measured against.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { arcEnds, bounds, curve, loadGeo } from '../shared.js';

maplibregl.setWorkerUrl(workerUrl);

const { provinces, regions } = await loadGeo();
const arcs = {
  type: 'FeatureCollection',
  features: arcEnds(regions).map(([a, b]) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: curve(a, b) },
  })),
};

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      provinces: { type: 'geojson', data: provinces },
      arcs: { type: 'geojson', data: arcs },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce9f2' } },
      { id: 'land', type: 'fill', source: 'provinces', paint: { 'fill-color': '#f4f1ea' } },
      {
        id: 'borders',
        type: 'line',
        source: 'provinces',
        paint: { 'line-color': '#8a8a8a', 'line-width': 0.8 },
      },
      {
        id: 'arcs',
        type: 'line',
        source: 'arcs',
        paint: { 'line-color': '#c0392b', 'line-width': 2 },
      },
    ],
  },
  bounds: bounds(regions),
  fitBoundsOptions: { padding: 48 },
  renderWorldCopies: false,
  attributionControl: false,
});
map.once('idle', () => {
  document.body.dataset.ready = '1';
});
