// The map feature's public API: the map (SVG or MapLibre, with the arcs overlay) and its test hooks.
export { MapView } from './map-view';
export { testHooksWanted } from './test-hooks';
