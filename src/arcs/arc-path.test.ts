import { describe, expect, it } from 'vitest';
import { arcPath, controlPoint, edgePoint } from './arc-path';

describe('arcPath', () => {
  it('starts at one end and finishes at the other', () => {
    expect(arcPath([0, 0], [100, 0])).toBe('M0,0Q50,-22 100,0');
  });

  it('draws only the first part of the curve while it animates in', () => {
    const half = arcPath([0, 0], [100, 0], 0.5);
    expect(half.startsWith('M0,0Q')).toBe(true);
    expect(half.endsWith(' 50,-11')).toBe(true);
  });

  it('bulges to the same side whichever way the link runs', () => {
    expect(controlPoint([0, 0], [100, 0])[1]).toBeLessThan(0);
    expect(controlPoint([100, 0], [0, 0])[1]).toBeGreaterThan(0);
  });
});

describe('edgePoint', () => {
  const rect = { x0: 0, y0: 0, x1: 100, y1: 100 };
  it('finds where a line to an off-screen end crosses the edge', () => {
    expect(edgePoint([50, 50], [250, 50], rect)).toEqual([100, 50]);
    expect(edgePoint([50, 50], [50, -150], rect)).toEqual([50, 0]);
  });
});
