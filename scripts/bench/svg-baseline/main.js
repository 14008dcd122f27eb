/* global document, window */
// The plain D3 + SVG page the app's first view is measured against: paths projected
// once, pan and zoom as a transform on one <g>.
import { geoMercator, geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { arcEnds, curve, loadGeo } from '../shared.js';

const { provinces, regions } = await loadGeo();
const width = window.innerWidth;
const height = window.innerHeight;
const projection = geoMercator().fitExtent(
  [
    [48, 48],
    [width - 48, height - 48],
  ],
  regions,
);
const path = geoPath(projection);

const svg = select(document.body).append('svg').attr('width', width).attr('height', height);
const world = svg.append('g');
world
  .append('g')
  .selectAll('path')
  .data(provinces.features)
  .join('path')
  .attr('class', 'land')
  .attr('d', path);
world
  .append('g')
  .selectAll('path')
  .data(arcEnds(regions))
  .join('path')
  .attr('class', 'arc')
  .attr('d', ([a, b]) => `M${curve(projection(a), projection(b)).join('L')}`);

svg.call(
  zoom()
    .scaleExtent([0.25, 32])
    .on('zoom', (event) => world.attr('transform', event.transform)),
);
document.body.dataset.ready = '1';
