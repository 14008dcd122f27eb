import { describe, expect, it } from 'vitest';
import { geographyMarkup } from './geography-export';
import { riverLabels } from './geography-layer';
import { bundledGeo } from './test-geo';

const project = ([lng, lat]: [number, number]): [number, number] => [lng * 10, -lat * 10];

const rivers = bundledGeo.rivers.features.map((f) => f.properties);

describe('the context geography', () => {
  it('names the 长江 and the 黄河 in the reader’s language', () => {
    expect(riverLabels(rivers, 'zh').map((l) => l.name)).toEqual(['长江', '黄河']);
    expect(riverLabels(rivers, 'en').map((l) => l.name)).toEqual(['Yangtze', 'Yellow River']);
  });

  it('exports the rivers and lakes, and the belt only when it is on', () => {
    const off = geographyMarkup(bundledGeo, project, { belt: false, lang: 'en' });
    const on = geographyMarkup(bundledGeo, project, { belt: true, lang: 'en' });
    expect(off.world.match(/<path /g)?.length).toBe(
      bundledGeo.rivers.features.length + bundledGeo.lakes.features.length,
    );
    expect(off.screen).toContain('>Yellow River</text>');
    expect(off.screen).not.toContain('stroke-dasharray');
    expect(on.screen).toContain('stroke-dasharray="7 4"');
  });
});
