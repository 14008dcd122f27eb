/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { geoFromTopology, type ChinaTopology, type GeoData } from './geo';
import { viewFromTopology } from './build-view';
import type { GeoView } from './view';

const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology;

/** The published geometry (public/geo/china.topo.json) as the app reads it, for unit tests. */
export const bundledGeo: GeoData = geoFromTopology(topology);

/** The first view's geometry, as the build writes it (geo/china.view.json). */
export const bundledView: GeoView = viewFromTopology(topology);
