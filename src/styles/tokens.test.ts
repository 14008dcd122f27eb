import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRgb, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  ARC_OPACITY,
  BELT_OPACITY,
  GEOGRAPHY_COLORS,
  INSET_FRAME,
  KIND_COLORS,
  LABEL_HALO,
  LAND,
  MAP_BASE,
  PAPER,
  PARTIAL_HATCH,
  REGION_COLORS,
  REGION_FILL_OPACITY,
  REGION_OUTLINE,
  RIVER_LABEL_HALO_OPACITY,
  rgba,
} from '../geo/palette';

const src = fileURLToPath(new URL('..', import.meta.url));
const tokensFile = fileURLToPath(new URL('./tokens.css', import.meta.url));

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? cssFiles(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The custom properties of tokens.css's first `:root` block (the defaults). */
function tokens(): Map<string, string> {
  const css = readFileSync(tokensFile, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const root = /:root \{([^}]*)\}/.exec(css)![1]!;
  return new Map(
    [...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.replace(/\s+/g, ' ')]),
  );
}

/** What the palette says each token must be. */
function expected(): Record<string, string | number> {
  const want: Record<string, string | number> = {
    '--land': LAND,
    '--sea': MAP_BASE.sea,
    '--neighbour': MAP_BASE.neighbour,
    '--province-border': MAP_BASE.provinceBorder,
    '--city-border': MAP_BASE.cityBorder,
    '--map-text': MAP_BASE.text,
    '--nanhai-line': MAP_BASE.nanhaiLine,
    '--river': GEOGRAPHY_COLORS.river,
    '--lake': GEOGRAPHY_COLORS.lake,
    '--lake-outline': GEOGRAPHY_COLORS.lakeOutline,
    '--river-label': GEOGRAPHY_COLORS.riverLabel,
    '--belt': GEOGRAPHY_COLORS.belt,
    '--belt-opacity': BELT_OPACITY,
    '--region-fill-opacity': REGION_FILL_OPACITY.normal,
    '--region-fill-opacity-hovered': REGION_FILL_OPACITY.hovered,
    '--region-fill-opacity-selected': REGION_FILL_OPACITY.selected,
    '--region-fill-opacity-dimmed': REGION_FILL_OPACITY.dimmed,
    '--region-outline': REGION_OUTLINE.rest,
    '--region-outline-hovered': REGION_OUTLINE.hovered,
    '--region-outline-selected': REGION_OUTLINE.selected,
    '--arc-opacity': ARC_OPACITY.rest,
    '--arc-opacity-active': ARC_OPACITY.active,
    '--arc-opacity-chosen': ARC_OPACITY.chosen,
    '--arc-opacity-backgrounded': ARC_OPACITY.backgrounded,
    '--hatch-ground': rgba(PARTIAL_HATCH.ground),
    '--hatch-line': rgba(PARTIAL_HATCH.line),
    '--inset-frame': INSET_FRAME,
    '--label-halo': LABEL_HALO,
    '--river-label-halo': rgba([255, 255, 255, RIVER_LABEL_HALO_OPACITY]),
    '--paper': PAPER,
  };
  REGION_COLORS.forEach((c, i) => (want[`--region-${i}`] = c));
  KIND_COLORS.forEach((c, i) => (want[`--kind-${i}`] = c));
  return want;
}

/** A colour or a number, written one way, so `#fff` equals `#ffffff`. */
function same(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const colour = parse(value);
  return colour ? formatRgb(colour) : value.trim();
}

describe('the design tokens', () => {
  it('hold the same colours and opacities as palette.ts, which TS drawing reads', () => {
    const have = tokens();
    const mismatches = Object.entries(expected())
      .filter(([name, value]) => !have.has(name) || same(have.get(name)!) !== same(value))
      .map(([name, value]) => `${name}: css ${have.get(name) ?? '(missing)'} ≠ palette ${value}`);
    expect(mismatches).toEqual([]);
  });

  it('are the only place with a raw colour or opacity: every other stylesheet uses them', () => {
    const raw =
      /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|(?:^|[\s;{])(?:fill-|stroke-)?opacity:\s*[\d.]+\s*[;}]|:\s*(?:white|black)\b|font-size:\s*[\d.]+px/gim;
    const found = cssFiles(src)
      .filter((f) => f !== tokensFile)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split('\n')
          .filter((line) => {
            raw.lastIndex = 0;
            return raw.test(line) && !/^\s*--/.test(line);
          })
          .map((line) => `${relative(src, f)}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('define every custom property a stylesheet reads', () => {
    const files = cssFiles(src).map((f) => readFileSync(f, 'utf8'));
    const defined = new Set(
      files.flatMap((css) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    const used = new Set(
      files.flatMap((css) => [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1])),
    );
    // Set from TS on an element's style (e.g. a region's colour on its legend swatch).
    const fromScript = [...used].filter((name) => !defined.has(name));
    expect(fromScript).toEqual([]);
  });
});
