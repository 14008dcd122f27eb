// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../arcs/arc-model';
import { testArc } from '../../../arcs/test-arc';
import { drawArcs, markHovered, type Placed } from './draw-arcs';

const SVG = 'http://www.w3.org/2000/svg';

const arc = (id: string): Arc => testArc(id, { from: [0, 0], to: [100, 0] });

const placedOf = (a: Arc): Placed => ({
  arc: a,
  a: [0, 0],
  c: [50, 20],
  b: [100, 0],
  t: 1,
  reversed: false,
  chip: null,
});

function draw(layer: SVGGElement, ids: string[]) {
  const arcs = ids.map(arc);
  drawArcs(
    layer,
    arcs,
    { placed: arcs.map(placedOf), chips: new Set(), boxes: [] },
    (p) => [p[0], p[1]],
    { onHover: () => {}, onClick: () => {} },
    { animate: false, restyle: false },
  );
}

describe('drawArcs and the hovered link', () => {
  it('marks a link hovered before its group was drawn as hovered when the group comes in', () => {
    const svg = document.createElementNS(SVG, 'svg');
    const layer = document.createElementNS(SVG, 'g');
    svg.append(layer);
    document.body.append(svg);
    draw(layer, ['one']);
    // Hovered (in the table) while drawing waited for the camera: no group to mark yet.
    markHovered(layer, 'two');
    expect(layer.querySelector('g.arc.hovered')).toBeNull();
    // The camera's next frame draws it, not restyling the others.
    draw(layer, ['one', 'two']);
    expect(
      [...layer.querySelectorAll('g.arc.hovered')].map((g) => g.getAttribute('data-link')),
    ).toEqual(['two']);
    expect(layer.querySelector('g.arc.hovered path.arc-line')?.getAttribute('d')).toMatch(/^M/);
  });
});
