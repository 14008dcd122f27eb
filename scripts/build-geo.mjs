// Builds public/geo/china.topo.json from the boundary data shipped in node_modules.
// Usage: node scripts/build-geo.mjs [output path]   (npm run build:geo)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { feature, mergeArcs, meshArcs, quantize } from 'topojson-client';
import {
  filter,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';
import polylabel from 'polylabel';
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ECHARTS = path.join(ROOT, 'node_modules/echarts');
const CHINA_JSON = path.join(ECHARTS, 'map/json/china.json');
const PROVINCE_DIR = path.join(ECHARTS, 'map/json/province');
const NANHAI_JS = path.join(ECHARTS, 'lib/coord/geo/fix/nanhai.js');
const WORLD_JSON = path.join(ROOT, 'node_modules/world-atlas/countries-50m.json');
const REGIONS_JSON = path.join(ROOT, 'data/regions.json');
const DEFAULT_OUT = path.join(ROOT, 'public/geo/china.topo.json');
// Natural Earth 1:50m rivers and lakes of China (public domain), copied from shared/geo.
const WATER_GEOJSON = path.join(ROOT, 'scripts/geo-input/china-rivers-lakes.ne50.geojson');
const CONTEXT_JSON = path.join(ROOT, 'scripts/geo-input/context.json');

const TAIWAN = 710000;
// 三沙 (Hainan) is the South China Sea islands; like china.json, the main map leaves them to the
// 南海诸岛 inset instead of scattering them over the sea.
const SANSHA = 460300;
// Natural Earth's China, Taiwan, Hong Kong and Macao: China's own outline replaces them.
const EXCLUDED_COUNTRY_IDS = new Set(['156', '158', '344', '446']);
const NEIGHBOUR_WINDOW = { west: 60, east: 150, south: -5, north: 60 };
const NEIGHBOUR_EXTENT = { west: 30, east: 200, south: -20, north: 85 };

// Visvalingam weights (steradians; 1e-8 sr ≈ 0.4 km² of triangle) below which a vertex is
// dropped. Province and region outlines stay smooth to zoom ~7; the member cities, the part of
// the map people zoom into, keep about twice the detail; neighbours are context only.
const MIN_TRIANGLE_WEIGHT = 3e-8;
const CITY_MIN_TRIANGLE_WEIGHT = 1e-8;
const NEIGHBOUR_MIN_TRIANGLE_WEIGHT = 2.5e-6;
// Rivers and lakes are context, thin lines at zoom 3–7: coarser than the borders.
const WATER_MIN_TRIANGLE_WEIGHT = 4e-7;
// Islets below ~8 km² and holes below ~2 km² (steradians) are invisible at zoom 7.
const MIN_ISLAND_AREA = 2e-7;
const MIN_HOLE_AREA = 5e-8;
// 1e5 steps over the ~160° wide extent is ~0.0016°, a fifth of a pixel at zoom 7.
const QUANTIZATION = 5e4;
// Degrees; neighbouring source polygons disagree by far less than this where they share a border.
const SLIVER_TOLERANCE = 0.01;
const POLYLABEL_PRECISION = 0.01;

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Port of echarts/lib/coord/geo/parseGeoJson.js decodePolygon: zigzag + delta encoded char pairs.
function decodeRing(encoded, offsets, scale) {
  const ring = [];
  let prevX = offsets[0];
  let prevY = offsets[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodeGeometry(geometry, encoded, scale) {
  const { type, coordinates, encodeOffsets } = geometry;
  const decode = (ring, offsets) => (encoded ? decodeRing(ring, offsets, scale) : ring);
  const polygons =
    type === 'Polygon'
      ? [coordinates.map((ring, i) => decode(ring, encodeOffsets?.[i]))]
      : coordinates.map((polygon, j) =>
          polygon.map((ring, i) => decode(ring, encodeOffsets?.[j][i])),
        );
  return normalizePolygons(polygons);
}

function planarRingArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

function samePoint(a, b) {
  return a !== undefined && a[0] === b[0] && a[1] === b[1];
}

// Drops repeated points and spikes (runs that go out and come straight back), both common in
// the echarts rings.
function withoutSpikes(ring) {
  const points = [];
  for (const point of ring) {
    if (samePoint(points.at(-1), point)) continue;
    if (samePoint(points.at(-2), point)) points.pop();
    else points.push(point);
  }
  while (points.length > 2 && samePoint(points[0], points.at(-1))) points.pop();
  while (points.length > 2 && samePoint(points[1], points.at(-1))) {
    points.shift();
    points.pop();
  }
  while (points.length > 2 && samePoint(points[0], points.at(-2))) {
    points.pop();
    points.shift();
  }
  return points;
}

// The echarts rings are not consistently closed or wound; d3-geo (and world-atlas) need
// closed rings with clockwise exteriors and anticlockwise holes.
function normalizeRing(ring, isExterior) {
  const open = withoutSpikes(ring);
  if (open.length < 3) return null;
  const closed = [...open, open[0]];
  const area = planarRingArea(closed);
  if (area === 0) return null;
  return isExterior === area < 0 ? closed : closed.reverse();
}

function normalizePolygons(polygons) {
  const cleaned = [];
  for (const polygon of polygons) {
    const exterior = normalizeRing(polygon[0], true);
    if (!exterior) continue;
    const holes = polygon
      .slice(1)
      .map((ring) => normalizeRing(ring, false))
      .filter(Boolean);
    cleaned.push([exterior, ...holes]);
  }
  return { type: 'MultiPolygon', coordinates: cleaned };
}

function readEchartsMap(file) {
  const json = readJson(file);
  const scale = json.UTF8Scale ?? 1024;
  return json.features
    .filter((f) => f.geometry?.coordinates.length)
    .map((f) => ({
      id: f.id == null ? null : Number(f.id),
      name: f.properties.name,
      geometry: decodeGeometry(f.geometry, json.UTF8Encoding, scale),
    }));
}

function provinceOf(adcode) {
  return Math.floor(adcode / 10000) * 10000;
}

// Every prefecture (or district, for the municipalities, Hong Kong and Macao) of every province
// file: the finest consistent source. taiwan.json has no adcodes and is a different dataset.
function readPrefectures() {
  const files = fs
    .readdirSync(PROVINCE_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'taiwan.json')
    .sort();
  return files
    .flatMap((file) => readEchartsMap(path.join(PROVINCE_DIR, file)))
    .filter((unit) => unit.id !== SANSHA);
}

// nanhai.js is a schematic inset drawing (coast, Hainan, the dashed line and the box frame) placed
// by echarts east of Taiwan; its points are plain numbers transformed as the module does.
function readNanhai() {
  const source = fs.readFileSync(NANHAI_JS, 'utf8');
  const origin = JSON.parse(source.match(/var geoCoord = (\[[^\]]*\]);/)[1]);
  const points = JSON.parse(source.match(/var points = (\[.*?\]);\n/s)[1]);
  if (points.length !== 12)
    throw new Error(`nanhai.js: expected 12 polygons, got ${points.length}`);
  const rings = points.map((ring) =>
    ring.map(([x, y]) => [x / 10.5 + origin[0], y / (-10.5 / 0.75) + origin[1]]),
  );
  // Order in nanhai.js: mainland coast with Taiwan's tip, Hainan, nine dashes, inset frame.
  const parts = [
    { kind: 'land', rings: rings.slice(0, 2) },
    { kind: 'boundary', rings: rings.slice(2, 11) },
    { kind: 'frame', rings: rings.slice(11) },
  ];
  return parts.map(({ kind, rings }) => ({
    type: 'Feature',
    properties: { name: '南海诸岛', kind },
    geometry: normalizePolygons(rings.map((ring) => [ring])),
  }));
}

function overlaps([[west, south], [east, north]], window) {
  const lngOverlap =
    west <= east
      ? west <= window.east && east >= window.west
      : west <= window.east || east >= window.west;
  return lngOverlap && south <= window.north && north >= window.south;
}

function planarBounds(polygon) {
  const lngs = polygon[0].map((p) => p[0]);
  const lats = polygon[0].map((p) => p[1]);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}

// Pieces east of the antimeridian (Chukotka) continue past 180° instead of jumping to -180°.
function unwrapAntimeridian(polygon) {
  if (!polygon[0].some(([lng]) => lng < 0)) return polygon;
  return polygon.map((ring) => ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat]));
}

// Far-off pieces of neighbours (Kaliningrad, say) are left out: they would only stretch the
// quantisation grid.
function nearbyPart(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons
    .map(unwrapAntimeridian)
    .filter((polygon) => overlaps(planarBounds(polygon), NEIGHBOUR_EXTENT));
  return { type: 'MultiPolygon', coordinates };
}

function readNeighbours() {
  const world = readJson(WORLD_JSON);
  return world.objects.countries.geometries
    .filter((g) => !EXCLUDED_COUNTRY_IDS.has(g.id))
    .map((g) => feature(world, g))
    .filter((f) => f.geometry && overlaps(geoBounds(f.geometry), NEIGHBOUR_WINDOW))
    .map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name },
      geometry: nearbyPart(f.geometry),
    }))
    .filter((f) => f.geometry.coordinates.length > 0)
    .sort((a, b) => (a.properties.name < b.properties.name ? -1 : 1));
}

function round3(point) {
  return point.map((v) => Math.round(v * 1000) / 1000);
}

function linesOf(geometry) {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

// Where a river's name goes: the vertex nearest `near`, and the direction of the river there
// in Web Mercator (degrees, clockwise from east as the screen's y grows down), turned so the
// text never reads upside down.
function riverLabel(lines, near) {
  let best = null;
  for (const line of lines) {
    line.forEach((point, i) => {
      const d = Math.hypot(point[0] - near[0], point[1] - near[1]);
      if (!best || d < best.d) best = { d, line, i };
    });
  }
  const { line, i } = best;
  const [a, b] = [line[Math.max(0, i - 2)], line[Math.min(line.length - 1, i + 2)]];
  const y = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  let angle = (Math.atan2(-(y(b[1]) - y(a[1])), ((b[0] - a[0]) * Math.PI) / 180) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return { label: round3(line[i]), angle: Math.round(angle) };
}

// The named rivers as one feature each (with their names and label), every other river and
// the lake centre lines as one unnamed feature; the lakes, named where context.json names them.
function readWater(context) {
  const { features } = readJson(WATER_GEOJSON);
  const groupOf = new Map(
    Object.entries(context.rivers).flatMap(([id, river]) => river.parts.map((n) => [n, id])),
  );
  const lines = features.filter(
    (f) => f.properties.featurecla !== 'Lake' && !f.properties.featurecla.endsWith(' Lake'),
  );
  const grouped = new Map();
  for (const f of lines) {
    const id = groupOf.get(f.properties.name) ?? 'other';
    grouped.set(id, [...(grouped.get(id) ?? []), ...linesOf(f.geometry)]);
  }
  const rivers = [...grouped]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, coordinates]) => {
      const named = context.rivers[id];
      return {
        type: 'Feature',
        properties: named
          ? { id, zh: named.zh, en: named.en, ...riverLabel(coordinates, named.labelNear) }
          : { id },
        geometry: { type: 'MultiLineString', coordinates },
      };
    });
  const lakes = features
    .filter((f) => f.geometry.type === 'Polygon')
    .map((f) => {
      const name = context.lakes[f.properties.name];
      return {
        type: 'Feature',
        properties: name ? { zh: name.zh, en: name.en } : {},
        geometry: normalizePolygons([f.geometry.coordinates]),
      };
    });
  for (const id of Object.keys(context.rivers)) {
    if (!grouped.has(id)) throw new Error(`${WATER_GEOJSON}: no feature of river ${id}`);
  }
  return { rivers: featureCollection(rivers), lakes: featureCollection(lakes) };
}

// The 长江经济带 as one outline: its provinces merged into their outer rings (as the land).
function addBelt(topo, belt) {
  const provinces = topo.objects.provinces.geometries;
  const members = belt.members.map(({ name, adcode }) => {
    const province = provinces.find((p) => p.properties.adcode === adcode);
    if (!province || province.properties.name !== name)
      throw new Error(`belt member ${name} (${adcode}) is not a province of the map`);
    return province;
  });
  const merged = mergeArcs(topo, members);
  topo.objects.belt = {
    type: 'GeometryCollection',
    geometries: [
      {
        type: 'MultiPolygon',
        arcs: merged.arcs.map(([outer]) => [outer]),
        properties: { id: belt.id, zh: belt.zh, en: belt.en },
      },
    ],
  };
}

function ringArcs(ring) {
  return ring.map((arc) => (arc < 0 ? ~arc : arc));
}

// Any geometry's arcs (lines nest one or two levels deep, polygons two or three).
function geometryArcs(geometry) {
  return ringArcs(geometry.arcs.flat(2));
}

// unit index (position in the units object) by arc index
function arcOwners(units) {
  const owners = new Map();
  units.forEach((unit, index) => {
    for (const arc of geometryArcs(unit)) {
      if (!owners.has(arc)) owners.set(arc, new Set());
      owners.get(arc).add(index);
    }
  });
  return owners;
}

// mergeArcs turns every slit and overlap between neighbouring source polygons (the echarts
// prefectures do not tile exactly) into a hole. A real hole borders something else, so only
// holes whose arcs all belong to the merged units themselves are dropped.
function mergeUnits(topo, geometries, unitIndexes, owners) {
  const inside = new Set(unitIndexes);
  const merged = mergeArcs(topo, geometries);
  const bordersOutside = (ring) =>
    ringArcs(ring).some((arc) => [...owners.get(arc)].some((owner) => !inside.has(owner)));
  return {
    type: 'MultiPolygon',
    arcs: merged.arcs.map(([exterior, ...holes]) => [exterior, ...holes.filter(bordersOutside)]),
  };
}

function indexBy(items, key) {
  return new Map(items.map((item) => [key(item), item]));
}

function shortName(name) {
  return name.replace(/市$/, '');
}

function buildObjects(topo, regions, provinces) {
  const units = topo.objects.units.geometries;
  const owners = arcOwners(units);
  const unitsByProvince = new Map();
  units.forEach((unit, index) => {
    const code = provinceOf(unit.id);
    if (!unitsByProvince.has(code)) unitsByProvince.set(code, []);
    unitsByProvince.get(code).push(index);
  });

  const provinceGeometries = provinces.map(({ id, name }) => {
    const indexes = unitsByProvince.get(id);
    if (!indexes) throw new Error(`no source geometry for province ${name} (${id})`);
    const geometry = mergeUnits(
      topo,
      indexes.map((i) => units[i]),
      indexes,
      owners,
    );
    return { ...geometry, properties: { adcode: id, name }, units: indexes };
  });
  const provinceByCode = indexBy(provinceGeometries, (p) => p.properties.adcode);
  const unitIndexByCode = new Map(units.map((unit, index) => [unit.id, index]));

  const cityGeometries = [];
  const regionGeometries = [];
  for (const region of regions) {
    const members = region.members.map((member) =>
      region.level === 'province'
        ? memberProvince(member, region.id)
        : memberCity(member, region.id),
    );
    const merged = mergeUnits(
      topo,
      members,
      members.flatMap((m) => m.units),
      owners,
    );
    regionGeometries.push({ ...merged, properties: { id: region.id } });
  }

  function memberProvince(member, regionId) {
    const province = provinceByCode.get(member.adcode);
    if (!province) throw new Error(`unknown province ${member.name} (${member.adcode})`);
    if (province.properties.name !== member.name) {
      throw new Error(
        `province ${member.adcode} is ${province.properties.name}, not ${member.name}`,
      );
    }
    // A province the plan takes in only in part (黄河流域's nine): drawn hatched, as a
    // partial city is.
    if (member.partial)
      province.properties = { ...province.properties, region: regionId, partial: true };
    return province;
  }

  // 香港 and 澳门 are province-level in the source, so as cities they reuse the province geometry.
  function memberCity(member, regionId) {
    const province = provinceByCode.get(member.adcode);
    let city;
    if (province) {
      city = { type: 'MultiPolygon', arcs: province.arcs, units: province.units };
    } else {
      const index = unitIndexByCode.get(member.adcode);
      if (index == null) throw new Error(`unknown city ${member.name} (${member.adcode})`);
      const unit = units[index];
      if (shortName(unit.properties.name) !== member.name) {
        throw new Error(`city ${member.adcode} is ${unit.properties.name}, not ${member.name}`);
      }
      city = { type: unit.type, arcs: unit.arcs, units: [index] };
    }
    city.properties = {
      adcode: member.adcode,
      name: member.name,
      region: regionId,
      ...(member.partial ? { partial: true } : {}),
    };
    cityGeometries.push(city);
    return city;
  }

  return {
    provinces: collection(provinceGeometries),
    cities: collection(cityGeometries),
    regions: collection(regionGeometries),
  };
}

function collection(geometries) {
  return {
    type: 'GeometryCollection',
    geometries: geometries.map(({ type, arcs, properties }) => ({ type, arcs, properties })),
  };
}

function featureCollection(features) {
  return { type: 'FeatureCollection', features };
}

function round(point) {
  return point.map((v) => Math.round(v * 1000) / 1000);
}

function largestPolygon(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const areas = polygons.map((polygon) => Math.abs(planarRingArea(polygon[0])));
  return { type: 'Polygon', coordinates: polygons[areas.indexOf(Math.max(...areas))] };
}

function interiorOf(polygon) {
  const point = polylabel(polygon.coordinates, POLYLABEL_PRECISION);
  return { point: round(point), distance: point.distance };
}

function distanceToEdge(point, polygon) {
  return Math.min(...polygon.coordinates.map((ring) => distanceToLine(point, ring)));
}

// The visual centre reads best as a label position, unless it falls outside or hugs an edge
// (a bay, a crescent); then the pole of inaccessibility is used.
function labelOf(polygon, interior) {
  const centroid = round(geoCentroid(polygon));
  const wellInside =
    geoContains(polygon, centroid) && distanceToEdge(centroid, polygon) >= interior.distance / 2;
  return wellInside ? centroid : interior.point;
}

function addAnchors(topo) {
  const { provinces, cities, regions } = topo.objects;
  for (const geometry of [...provinces.geometries, ...cities.geometries, ...regions.geometries]) {
    const largest = largestPolygon(feature(topo, geometry).geometry);
    const interior = interiorOf(largest);
    if (!geoContains(largest, interior.point)) {
      throw new Error(`interior point of ${JSON.stringify(geometry.properties)} is outside`);
    }
    if (regions.geometries.includes(geometry)) {
      geometry.properties.label = labelOf(largest, interior);
      geometry.bbox = geometryBounds(feature(topo, geometry).geometry);
    }
    geometry.properties.interior = interior.point;
  }
}

// West, south, east, north of a (Multi)Polygon in degrees, planar as the map frames it: the
// client frames the regions from this instead of passing over their points on the first view.
function geometryBounds(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const corners = polygons.map(planarBounds);
  return [
    Math.min(...corners.map(([[w]]) => w)),
    Math.min(...corners.map(([[, s]]) => s)),
    Math.max(...corners.map(([, [e]]) => e)),
    Math.max(...corners.map(([, [, n]]) => n)),
  ];
}

// The province borders, each shared border once, as a ready line object: topojson's mesh()
// (finding and stitching the shared arcs) cost the client about 20 ms on the first view.
function addProvinceBorders(topo) {
  topo.objects.provinceBorders = {
    type: 'GeometryCollection',
    geometries: [meshArcs(topo, topo.objects.provinces, (a, b) => a !== b)],
  };
}

// The land fill under the regions: the provinces merged into their outer rings. Drawing the
// 34 provinces instead costs both renderers five times the points (every shared border twice);
// the holes mergeArcs leaves are slivers between provinces (no province encloses another).
function addLand(topo) {
  const merged = mergeArcs(topo, topo.objects.provinces.geometries);
  topo.objects.land = {
    type: 'GeometryCollection',
    geometries: [{ type: 'MultiPolygon', arcs: merged.arcs.map(([outer]) => [outer]) }],
  };
}

function loadUnits() {
  const china = readEchartsMap(CHINA_JSON).sort((a, b) => a.id - b.id);
  const taiwan = china.find((province) => province.id === TAIWAN);
  const units = [...readPrefectures(), taiwan].map((unit) => ({
    type: 'Feature',
    id: unit.id,
    properties: { name: unit.name },
    geometry: unit.geometry,
  }));
  return { provinces: china.map(({ id, name }) => ({ id, name })), units };
}

function pointKey([x, y]) {
  return `${x},${y}`;
}

function distanceToSegment([x, y], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function distanceToLine(point, line) {
  let min = Infinity;
  for (let i = 0; i < line.length - 1; i++) {
    min = Math.min(min, distanceToSegment(point, line[i], line[i + 1]));
  }
  return min;
}

function withinTolerance(a, b, tolerance) {
  return (
    a.every((p) => distanceToLine(p, b) <= tolerance) &&
    b.every((p) => distanceToLine(p, a) <= tolerance)
  );
}

// geometry index by arc index, once per use
function arcUsers(geometries) {
  const users = new Map();
  geometries.forEach((geometry, index) => {
    for (const arc of geometryArcs(geometry)) {
      if (!users.has(arc)) users.set(arc, []);
      users.get(arc).push(index);
    }
  });
  return users;
}

// Neighbouring echarts prefectures (even in one file) often disagree by a vertex or two, leaving
// a thin slit or overlap bounded by two arcs with the same ends. Both sides are made to use the
// first arc, so the border is drawn once and merges close up.
function collapseSlivers(topo, tolerance) {
  const units = topo.objects.units.geometries;
  const users = arcUsers(units);
  const byEnds = new Map();
  topo.arcs.forEach((arc, index) => {
    const [start, end] = [pointKey(arc[0]), pointKey(arc.at(-1))];
    if (users.get(index)?.length !== 1 || start === end) return;
    const key = start < end ? `${start}|${end}` : `${end}|${start}`;
    if (!byEnds.has(key)) byEnds.set(key, []);
    byEnds.get(key).push(index);
  });
  const replacement = new Map();
  const paired = new Set();
  for (const group of byEnds.values()) {
    for (const [i, keep] of group.entries()) {
      const other = group
        .slice(i + 1)
        .find(
          (candidate) =>
            !paired.has(keep) &&
            !paired.has(candidate) &&
            users.get(keep)[0] !== users.get(candidate)[0] &&
            withinTolerance(topo.arcs[keep], topo.arcs[candidate], tolerance),
        );
      if (other == null) continue;
      paired.add(keep).add(other);
      const sameDirection = pointKey(topo.arcs[keep][0]) === pointKey(topo.arcs[other][0]);
      replacement.set(other, sameDirection ? keep : ~keep);
    }
  }
  const replace = (arc) => {
    const index = arc < 0 ? ~arc : arc;
    const target = replacement.get(index);
    if (target == null) return arc;
    return arc < 0 ? ~target : target;
  };
  for (const unit of units) {
    unit.arcs = unit.arcs.map((polygon) => polygon.map((ring) => ring.map(replace)));
  }
  return replacement.size;
}

function objectArcs(object) {
  return new Set(object.geometries.flatMap(geometryArcs));
}

// Drops the vertices whose weight is below minWeight from the arcs used only by object `key`
// (or, with `except`, from the arcs not used by it at all).
function coarsen(topo, key, minWeight, except = false) {
  const own = objectArcs(topo.objects[key]);
  const others = new Set(
    Object.entries(topo.objects)
      .filter(([name]) => name !== key)
      .flatMap(([, object]) => [...objectArcs(object)]),
  );
  topo.arcs.forEach((arc, index) => {
    const selected = except ? !own.has(index) : own.has(index) && !others.has(index);
    if (!selected) return;
    for (const point of arc) if (point[2] < minWeight) point[2] = 0;
  });
}

// A ring made of one closed arc keeps its two weightiest inner points, so it cannot collapse.
function keepRingsOpen(topo) {
  for (const arc of topo.arcs) {
    if (!isClosed(arc) || arc.length < 4) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    inner[0][2] = inner[1][2] = Infinity;
  }
}

// Keeps rings that touch other rings, each geometry's largest polygon, and islands and holes
// that are big enough to see.
function ringFilter(topo) {
  const largest = new Set();
  for (const object of Object.values(topo.objects)) {
    for (const geometry of object.geometries) {
      if (geometry.type !== 'MultiPolygon') continue;
      const areas = geometry.arcs.map((polygon) => ringArea(topo, polygon[0]));
      largest.add(geometry.arcs[areas.indexOf(Math.max(...areas))][0]);
    }
  }
  return (ring, interior) => {
    if (interior) return ringArea(topo, ring, true) >= MIN_HOLE_AREA;
    const closedArc = ring.length === 1 && isClosed(topo.arcs[ring[0] < 0 ? ~ring[0] : ring[0]]);
    return !closedArc || largest.has(ring) || ringArea(topo, ring) >= MIN_ISLAND_AREA;
  };
}

function isClosed(arc) {
  return pointKey(arc[0]) === pointKey(arc.at(-1));
}

function ringArea(topo, ring, interior = false) {
  const { coordinates } = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry;
  return sphericalRingArea(coordinates[0], interior);
}

// Simplification and quantisation can collapse a small ring onto a line, or turn it inside out;
// on the integer grid such a ring has zero area or the wrong sign.
function quantizedRingArea(topo, ring) {
  const points = ring.flatMap((arc, i) => {
    const absolute = [];
    let [x, y] = [0, 0];
    for (const [dx, dy] of topo.arcs[arc < 0 ? ~arc : arc]) absolute.push([(x += dx), (y += dy)]);
    if (arc < 0) absolute.reverse();
    return i === 0 ? absolute : absolute.slice(1);
  });
  return planarRingArea(points);
}

function toFeatures(topo, collection) {
  return featureCollection(
    collection.geometries.map((geometry) => {
      const { properties, geometry: shape } = feature(topo, geometry);
      return { type: 'Feature', properties, geometry: normalizePolygons(shape.coordinates) };
    }),
  );
}

// Why every province (except 台湾) is merged from the prefecture files rather than taken from
// china.json: china.json is a much coarser simplification of the same data (its borders stray
// up to ~0.2° from the prefecture lines), so a province rebuilt from its cities (广东, 湖北, …)
// would never share arcs with a china.json neighbour and their common border would be drawn
// twice. The prefecture files, by contrast, agree with each other along shared borders apart
// from slivers, which collapseSlivers and mergeUnits clean up. So provinces, member cities and
// regions all come from one source and share arcs wherever they coincide.
//
// Stage 1 merges on a topology of all source units; stage 2 rebuilds the topology from just the
// published features, so arcs are cut only where those meet.
function buildTopology() {
  const { regions } = readJson(REGIONS_JSON);
  const context = readJson(CONTEXT_JSON);
  const { provinces, units } = loadUnits();
  const sources = topology({ units: featureCollection(units) });
  const collapsed = collapseSlivers(sources, SLIVER_TOLERANCE);
  const objects = buildObjects(sources, regions, provinces);
  const topo = topology({
    provinces: toFeatures(sources, objects.provinces),
    cities: toFeatures(sources, objects.cities),
    regions: toFeatures(sources, objects.regions),
    nanhai: featureCollection(readNanhai()),
    neighbours: featureCollection(readNeighbours()),
    ...readWater(context),
  });

  const presimplified = presimplify(topo, sphericalTriangleArea);
  keepRingsOpen(presimplified);
  coarsen(presimplified, 'neighbours', NEIGHBOUR_MIN_TRIANGLE_WEIGHT);
  coarsen(presimplified, 'rivers', WATER_MIN_TRIANGLE_WEIGHT);
  coarsen(presimplified, 'lakes', WATER_MIN_TRIANGLE_WEIGHT);
  coarsen(presimplified, 'cities', MIN_TRIANGLE_WEIGHT, true);
  const simplified = simplify(presimplified, CITY_MIN_TRIANGLE_WEIGHT);
  const filtered = filter(simplified, ringFilter(simplified));
  const quantized = quantize(filtered, QUANTIZATION);
  const cleaned = filter(quantized, (ring, interior) =>
    interior ? quantizedRingArea(quantized, ring) > 0 : quantizedRingArea(quantized, ring) < 0,
  );
  addAnchors(cleaned);
  addLand(cleaned);
  addBelt(cleaned, context.belt);
  addProvinceBorders(cleaned);
  return { topo: cleaned, collapsed };
}

function summary(topo, bytes) {
  const counts = Object.entries(topo.objects)
    .map(([key, object]) => `${object.geometries.length} ${key}`)
    .join(', ');
  const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  return `china.topo.json: ${counts}; ${topo.arcs.length} arcs, ${points} points; ${kb(bytes.length)} raw, ${kb(gzip)} gzip`;
}

function main() {
  const out = path.resolve(process.argv[2] ?? DEFAULT_OUT);
  const { topo, collapsed } = buildTopology();
  const bytes = Buffer.from(JSON.stringify(topo));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(
    `${summary(topo, bytes)}; ${collapsed} slivers closed -> ${path.relative(process.cwd(), out)}`,
  );
}

main();
