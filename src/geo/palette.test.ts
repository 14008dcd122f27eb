import { readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import {
  KIND_COLORS,
  KIND_DASHES,
  LAND,
  REGION_COLORS,
  REGION_FILL_OPACITY,
  regionFillSeen,
} from './palette';

const deltaE = differenceCiede2000();
const visions: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};

/** Every pair closer than ΔE 10 under some vision, as readable lines. */
function closePairs(colors: string[], names: string[]): string[] {
  const close: string[] = [];
  for (const [vision, simulate] of Object.entries(visions)) {
    const seen = colors.map((c) => simulate(parse(c)!));
    for (let i = 0; i < seen.length; i++)
      for (let j = i + 1; j < seen.length; j++) {
        const d = deltaE(seen[i]!, seen[j]!);
        if (d < 10) close.push(`${vision}: ${names[i]} ~ ${names[j]} (ΔE ${d.toFixed(1)})`);
      }
  }
  return close;
}

describe('the palette', () => {
  it('keeps the five region fills, as seen over the land, apart from each other and from the land', () => {
    const seen = REGION_COLORS.map((_, i) => regionFillSeen(i));
    const names = ['京津冀', '长三角', '粤港澳大湾区', '长江中游', '黄河流域', 'land'];
    expect(closePairs([...seen, LAND], names)).toEqual([]);
  });

  it('keeps the eight link kinds apart', () => {
    expect(
      closePairs(
        [...KIND_COLORS],
        KIND_COLORS.map((_, i) => `kind ${i}`),
      ),
    ).toEqual([]);
  });

  it('gives every kind a dash rhythm of its own', () => {
    // A rhythm: each dash of a period as dot (< 1 px), short (≤ 10) or long; compared up to
    // rotation, since where the pattern starts on a curve is arbitrary.
    const rhythm = (dash: string) => {
      if (!dash) return 'solid';
      const n = dash.split(' ').map(Number);
      const marks = n.filter((_, i) => i % 2 === 0).map((d) => (d < 1 ? '.' : d <= 10 ? 's' : 'L'));
      const rotations = marks.map((_, i) => [...marks.slice(i), ...marks.slice(0, i)].join(''));
      return rotations.sort()[0]!;
    };
    const rhythms = KIND_DASHES.map(rhythm);
    expect(new Set(rhythms).size).toBe(KIND_DASHES.length);
    expect(KIND_DASHES.length).toBe(KIND_COLORS.length);
  });

  it('has every gap wide enough to stay open under the widest (7 px) round-capped arc', () => {
    for (const dash of KIND_DASHES.filter(Boolean)) {
      const gaps = dash
        .split(' ')
        .map(Number)
        .filter((_, i) => i % 2 === 1);
      expect(Math.min(...gaps), dash).toBeGreaterThanOrEqual(8);
    }
  });

  it('has the SVG map read its fill opacities from the tokens that mirror the palette', () => {
    // tokens.test.ts checks each token's value against REGION_FILL_OPACITY.
    const css = readFileSync(new URL('../features/map/map.css', import.meta.url), 'utf8');
    const rules: [string, string][] = [
      ['', 'region-fill-opacity'],
      ['.hovered', 'region-fill-opacity-hovered'],
      ['.selected', 'region-fill-opacity-selected'],
      ['.dimmed', 'region-fill-opacity-dimmed'],
    ];
    for (const [state, token] of rules) {
      const rule = new RegExp(
        `\\.svg-map \\.regions path${state.replace('.', '\\.')} \\{[^}]*fill-opacity: var\\(--([\\w-]+)\\)`,
      );
      expect(rule.exec(css)?.[1], state || 'at rest').toBe(token);
    }
    expect(Object.keys(REGION_FILL_OPACITY)).toHaveLength(rules.length);
  });
});
