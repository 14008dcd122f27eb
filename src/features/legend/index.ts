// The legend's public API.
export { RegionLegend } from './region-legend';
