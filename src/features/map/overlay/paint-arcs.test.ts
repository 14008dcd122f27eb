import { describe, expect, it } from 'vitest';
import { arcWidth, kindStyle } from '../../../arcs/arc-styles';
import { paintArcs, type Paint2D, type PaintedArc } from './paint-arcs';

type Op = {
  op: string;
  args: number[];
  alpha: number;
  stroke: unknown;
  fill: unknown;
  width: number;
  dash: number[];
};

/** A 2D context that records what is drawn, with the state each call was made in. */
function recorder() {
  const ops: Op[] = [];
  let dash: number[] = [];
  const ctx = {
    globalAlpha: 1,
    strokeStyle: '' as unknown,
    fillStyle: '' as unknown,
    lineWidth: 1,
    lineCap: 'butt',
    setLineDash: (d: number[]) => {
      dash = d;
    },
  } as unknown as Paint2D & Record<string, unknown>;
  for (const op of [
    'beginPath',
    'moveTo',
    'quadraticCurveTo',
    'lineTo',
    'closePath',
    'stroke',
    'fill',
    'setTransform',
    'clearRect',
  ])
    ctx[op] = (...args: number[]) =>
      ops.push({
        op,
        args,
        alpha: ctx.globalAlpha,
        stroke: ctx.strokeStyle,
        fill: ctx.fillStyle,
        width: ctx.lineWidth,
        dash,
      });
  return { ctx, ops };
}

const arc = (over: Partial<PaintedArc>): PaintedArc => ({
  a: [0, 0],
  c: [50, -20],
  b: [100, 0],
  t: 1,
  kindIndex: 0,
  weight: 1,
  active: false,
  headAtEnd: false,
  headAtStart: false,
  ...over,
});

const opacity = { base: 0.55, active: 0.95, backgrounded: 0.18 };
const size = { width: 400, height: 300, ratio: 2 };

describe('paintArcs', () => {
  it('clears the canvas at its device-pixel scale, then strokes each arc in its kind’s style', () => {
    const { ctx, ops } = recorder();
    paintArcs(ctx, [arc({ kindIndex: 1, weight: 3 }), arc({ kindIndex: 0 })], size, opacity, false);
    expect(ops[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    expect(ops[1]).toMatchObject({ op: 'clearRect', args: [0, 0, 400, 300] });
    const strokes = ops.filter((o) => o.op === 'stroke');
    expect(strokes).toHaveLength(2);
    // Kind 0 first (same activity: by kind), each with its colour, width and dash.
    expect(strokes.map((s) => s.stroke)).toEqual([kindStyle(0).color, kindStyle(1).color]);
    expect(strokes.map((s) => s.width)).toEqual([arcWidth(1), arcWidth(3)]);
    const dash = (i: number) =>
      kindStyle(i).dash
        ? kindStyle(i)
            .dash.split(/[\s,]+/)
            .map(Number)
        : [];
    expect(strokes.map((s) => s.dash)).toEqual([dash(0), dash(1)]);
    expect(strokes.every((s) => s.alpha === 0.55)).toBe(true);
  });

  it('draws the curve cut at t, as the SVG path does', () => {
    const { ctx, ops } = recorder();
    paintArcs(ctx, [arc({ t: 0.5 })], size, opacity, false);
    const curve = ops.find((o) => o.op === 'quadraticCurveTo')!;
    // de Casteljau at ½ of (0,0) (50,−20) (100,0): control (25,−10), end (50,−10).
    expect(curve.args).toEqual([25, -10, 50, -10]);
  });

  it('puts the active links on top, stronger, and steps every line back when a link is chosen', () => {
    const { ctx, ops } = recorder();
    paintArcs(
      ctx,
      [arc({ active: true, kindIndex: 0 }), arc({ kindIndex: 2 })],
      size,
      opacity,
      false,
    );
    expect(ops.filter((o) => o.op === 'stroke').map((s) => s.alpha)).toEqual([0.55, 0.95]);
    const chosen = recorder();
    paintArcs(chosen.ctx, [arc({ active: true }), arc({})], size, opacity, true);
    expect(chosen.ops.filter((o) => o.op === 'stroke').map((s) => s.alpha)).toEqual([0.18, 0.18]);
  });

  it('gives a directed link an arrowhead at its to end, pointing along the curve', () => {
    const { ctx, ops } = recorder();
    paintArcs(ctx, [arc({ headAtEnd: true, c: [50, 0] })], size, opacity, false);
    expect(ops.filter((o) => o.op === 'fill')).toHaveLength(1);
    // A straight line along x: the head's point lies past the end, its base behind it.
    const [tip, left, right] = ops.filter((o) => o.op === 'moveTo' || o.op === 'lineTo').slice(1);
    const w = arcWidth(1) / 2;
    expect(tip!.args).toEqual([100 + 2 * w, 0]);
    expect(left!.args[0]).toBeCloseTo(100 - 8 * w);
    expect(Math.abs(left!.args[1]!)).toBeCloseTo(5 * w);
    expect(right!.args[1]).toBeCloseTo(-left!.args[1]!);
    const none = recorder();
    paintArcs(none.ctx, [arc({})], size, opacity, false);
    expect(none.ops.some((o) => o.op === 'fill')).toBe(false);
  });

  it('points a head drawn at the start away from the curve', () => {
    const { ctx, ops } = recorder();
    paintArcs(ctx, [arc({ headAtStart: true, c: [50, 0] })], size, opacity, false);
    const tip = ops.filter((o) => o.op === 'moveTo')[1]!;
    expect(tip.args[0]).toBeLessThan(0);
  });
});
