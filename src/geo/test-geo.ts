/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { geoFromTopology, type ChinaTopology, type GeoData } from './geo';

/** The published geometry (public/geo/china.topo.json) as the app reads it, for unit tests. */
export const bundledGeo: GeoData = geoFromTopology(
  JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology,
);
