/**
 * What WebGL2 this machine has. MapLibre 6 needs WebGL2; a software WebGL (SwiftShader,
 * llvmpipe, Microsoft's Basic Render Driver: VMs, remote desktops, locked-down office PCs)
 * draws a MapLibre frame in 100–270 ms where the SVG map takes 17–35 ms, so there the
 * SVG map stays (docs/performance.md).
 */
export type WebGLSupport = 'none' | 'software' | 'hardware';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|basic render|software|mesa offscreen/i;

export function webglSupport(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

/** `?renderer=svg|maplibre` forces one (for comparison, the benchmark and the tests). */
export function forcedRenderer(): 'svg' | 'maplibre' | null {
  const wanted = new URLSearchParams(location.search).get('renderer');
  return wanted === 'svg' || wanted === 'maplibre' ? wanted : null;
}

/** Whether to load MapLibre at all: WebGL2 in hardware, or forced (and possible). */
export function wantsMaplibre(support: WebGLSupport): boolean {
  const forced = forcedRenderer();
  if (forced) return forced === 'maplibre' && support !== 'none';
  return support === 'hardware';
}
