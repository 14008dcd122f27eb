import { afterEach, describe, expect, it, vi } from 'vitest';
import { forcedRenderer, wantsMaplibre, webglSupport } from './webgl';

/** A browser whose canvas offers WebGL2 from `renderer` (or none), at `search`. */
function browser(renderer: string | null, search = '') {
  const lost = vi.fn();
  const gl =
    renderer === null
      ? null
      : {
          RENDERER: 0x1f01,
          getExtension: (name: string) =>
            name === 'WEBGL_debug_renderer_info'
              ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
              : name === 'WEBGL_lose_context'
                ? { loseContext: lost }
                : null,
          getParameter: (p: number) => (p === 0x9246 ? renderer : 'WebKit WebGL'),
        };
  vi.stubGlobal('document', {
    createElement: () => ({ getContext: (kind: string) => (kind === 'webgl2' ? gl : null) }),
  });
  vi.stubGlobal('location', { search });
  return { lost };
}

describe('which map a machine gets', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('MapLibre on a graphics card', () => {
    const { lost } = browser('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)');
    expect(webglSupport()).toBe('hardware');
    expect(wantsMaplibre('hardware')).toBe(true);
    // The probe gives its context back (browsers allow only a few at once).
    expect(lost).toHaveBeenCalled();
  });

  it('the SVG map under software WebGL (VMs, remote desktops) or none at all', () => {
    for (const name of [
      'Google SwiftShader',
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.7, 256 bits)',
      'Microsoft Basic Render Driver',
    ]) {
      browser(name);
      expect(webglSupport(), name).toBe('software');
    }
    expect(wantsMaplibre('software')).toBe(false);
    browser(null);
    expect(webglSupport()).toBe('none');
    expect(wantsMaplibre('none')).toBe(false);
  });

  it('a browser that throws on the probe has none', () => {
    vi.stubGlobal('document', {
      createElement: () => {
        throw new Error('blocked');
      },
    });
    expect(webglSupport()).toBe('none');
  });

  it('?renderer= forces one, but never MapLibre without WebGL2', () => {
    browser(null, '?renderer=maplibre');
    expect(forcedRenderer()).toBe('maplibre');
    expect(wantsMaplibre('software')).toBe(true);
    expect(wantsMaplibre('none')).toBe(false);
    browser(null, '?renderer=svg');
    expect(wantsMaplibre('hardware')).toBe(false);
    browser(null, '?renderer=canvas');
    expect(forcedRenderer()).toBeNull();
    expect(wantsMaplibre('hardware')).toBe(true);
  });
});
