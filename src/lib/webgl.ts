/** MapLibre 6 needs WebGL2; without it the SVG map carries everything. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2'));
  } catch {
    return false;
  }
}

/** `?renderer=svg` keeps the SVG map (for comparison and for the benchmark). */
export function forcedRenderer(): 'svg' | null {
  return new URLSearchParams(location.search).get('renderer') === 'svg' ? 'svg' : null;
}
