import { describe, expect, it } from 'vitest';
import { nudge, setLabel, textWidth, visibility } from './visibility';

const size = { width: 800, height: 600 };
// An inset in the bottom right corner, as on the map.
const inset = { x0: 600, y0: 400, x1: 800, y1: 600 };
const vis = visibility(size, [inset]);

describe('nudge: where a region’s name can be read', () => {
  it('keeps a name that fits where it is', () => {
    expect(nudge([300, 300], 120, 16, vis)).toEqual([300, 300]);
  });

  it('moves a name that runs under the inset a little aside, clear of it', () => {
    const at = nudge([540, 450], 160, 16, vis)!;
    expect(at).toEqual([500, 450]);
    expect(vis.fits(at, 160, 16)).toBe(true);
  });

  it('moves a long name that starts under the legend along to where all of it shows', () => {
    // A legend down the left side, and a name as long as 粤港澳大湾区's in English.
    const legend = { x0: 0, y0: 0, x1: 200, y1: 600 };
    const beside = visibility(size, [legend]);
    const at = nudge([280, 300], 320, 16, beside)!;
    expect(beside.fits(at, 320, 16)).toBe(true);
    expect(at[1]).toBe(300);
    expect(at[0] - 280).toBeLessThanOrEqual(160);
  });

  it('moves a name up off the map’s bottom edge', () => {
    expect(nudge([300, 590], 120, 16, vis)).toEqual([300, 566]);
  });

  it('keeps a long name where most of it can be read, and hides one that is covered', () => {
    expect(nudge([400, 300], 790, 16, vis)).toEqual([400, 300]);
    expect(nudge([700, 500], 120, 16, vis)).toBeNull();
  });
});

describe('setLabel: a region’s name on one line or two', () => {
  const measure = (text: string) => textWidth(text, 15);

  it('keeps a short name, or a Chinese one, on one line', () => {
    expect(setLabel('Middle Yangtze', measure, 15)).toEqual({
      lines: ['Middle Yangtze'],
      width: measure('Middle Yangtze'),
      height: 15,
    });
    expect(setLabel('粤港澳大湾区', measure, 15).lines).toEqual(['粤港澳大湾区']);
  });

  it('sets a long name on two lines, split at the space nearest its middle', () => {
    const name = 'Guangdong–Hong Kong–Macao Greater Bay Area';
    const set = setLabel(name, measure, 15);
    expect(set.lines).toEqual(['Guangdong–Hong Kong–Macao ', 'Greater Bay Area']);
    expect(set.lines.join('')).toBe(name);
    expect(set.width).toBe(measure('Guangdong–Hong Kong–Macao'));
    expect(set.width).toBeLessThan(measure(name) * 0.7);
    expect(set.height).toBeGreaterThan(30);
  });
});
