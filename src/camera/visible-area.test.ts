import { describe, expect, it } from 'vitest';
import { obstaclesMoved } from './visible-area';

const rect = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('obstaclesMoved', () => {
  const panel = rect(600, 0, 1280, 700);
  const inset = rect(480, 570, 590, 740);

  it('is false for the same obstacles, or moved within the tolerance', () => {
    expect(obstaclesMoved([panel, inset], [panel, inset], 1)).toBe(false);
    expect(obstaclesMoved([panel], [rect(604, 0, 1280, 700)], 8)).toBe(false);
  });

  it('is true when one came or went, or a side moved further than the tolerance', () => {
    expect(obstaclesMoved([panel], [panel, inset], 1)).toBe(true);
    expect(obstaclesMoved([panel, inset], [panel], 1)).toBe(true);
    // The network view widened in English: its left side moved 80 px.
    expect(obstaclesMoved([panel], [rect(520, 0, 1280, 700)], 8)).toBe(true);
    expect(obstaclesMoved([inset], [rect(480, 570, 590, 742)], 1)).toBe(true);
  });
});
