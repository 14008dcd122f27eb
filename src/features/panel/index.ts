// The region panel's public API: loaded on demand (its code is its own chunk).
export { RegionPanel } from './lazy-region-panel';
