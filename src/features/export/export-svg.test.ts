import { describe, expect, it } from 'vitest';
import { loadBriefingDir } from '../../data/node/load-briefing';
import { buildModel } from '../../data/model';
import { bundledGeo, bundledView } from '../../geo/test-geo';
import { REGION_FILL_OPACITY } from '../../geo/map-layers';
import { projectWith, viewToTransform } from '../../geo/projection';
import { presentationSteps } from '../../deck/steps';
import { exportSvg } from './export-svg';
import { subjectBounds, subjectOfSelection, subjectOfStep } from './map-subject';

const model = buildModel(loadBriefingDir('data/briefings/pujiang-2023-07').bundle!);
const size = { width: 1280, height: 720 };

function render(region: string | null, lang: 'zh' | 'en' = 'zh') {
  const subject = subjectOfSelection(model, { region, link: null });
  return {
    subject,
    ...exportSvg({
      model,
      view: bundledView,
      geo: bundledGeo,
      lang,
      subject,
      size,
      title: 'T',
    }),
  };
}

describe('exportSvg', () => {
  it('fits the selected region and the near ends of its links inside the map, clear of the inset', () => {
    for (const region of model.regions.map((r) => r.id)) {
      const { subject, view, mapArea } = render(region);
      const [[w, s], [e, n]] = subjectBounds(model, bundledView, subject);
      const t = viewToTransform(view, mapArea);
      const [x0, y0] = projectWith(t, [w, n]);
      const [x1, y1] = projectWith(t, [e, s]);
      expect(x0, region).toBeGreaterThanOrEqual(0);
      expect(y0, region).toBeGreaterThanOrEqual(0);
      expect(y1, region).toBeLessThanOrEqual(mapArea.height);
      // The inset's column on the right stays free.
      expect(x1, region).toBeLessThanOrEqual(mapArea.width - 100);
    }
  });

  it('shows the whole of China with nothing selected', () => {
    const { subject, svg } = render(null);
    expect(subject.whole).toBe(true);
    expect(subjectBounds(model, bundledView, subject)[0][0]).toBeLessThan(74);
    expect(svg.match(/data-region=/g)).toHaveLength(model.regions.length);
  });

  it('draws the 南海诸岛 inset, a legend below the map and the credit, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const { svg, mapArea } = render('middle-yangtze', lang);
      expect(svg).toContain('class="nanhai-inset"');
      const legendTop = Number(
        svg.match(/class="export-legend"[^>]*><rect x="0" y="([\d.]+)"/)![1],
      );
      expect(legendTop).toBeGreaterThanOrEqual(mapArea.y + mapArea.height);
      expect(svg).toContain(model.bundle.briefing.publisher[lang]);
      expect(svg).toContain(`fill-opacity="${REGION_FILL_OPACITY.selected}"`);
      expect(svg).toContain(`fill-opacity="${REGION_FILL_OPACITY.dimmed}"`);
    }
  });

  it('draws exactly the links of a presentation step', () => {
    const step = presentationSteps(model, 'zh').find((s) => s.links.length > 0)!;
    const { svg } = exportSvg({
      model,
      view: bundledView,
      geo: bundledGeo,
      lang: 'zh',
      subject: subjectOfStep(model, step),
      size: { width: 960, height: 800 },
      credit: false,
    });
    const drawn = [...svg.matchAll(/class="arc" data-link="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(drawn)).toEqual(new Set(step.links));
  });

  it('draws the rivers, lakes and river names as on screen, and the belt only when it is on', () => {
    const subject = subjectOfSelection(model, { region: 'middle-yangtze', link: null });
    const options = {
      model,
      view: bundledView,
      geo: bundledGeo,
      lang: 'zh' as const,
      subject,
      size,
    };
    const plain = exportSvg(options).svg;
    const rivers = plain.match(/<g class="geography">(.*?)<\/g><\/g>/s)?.[1] ?? '';
    expect(rivers.match(/<path d="M/g)?.length ?? 0).toBeGreaterThan(5);
    expect(plain).toMatch(/font-style="italic"[^>]*>长江</);
    expect(plain).not.toContain('stroke-dasharray="7 4"');
    expect(exportSvg({ ...options, belt: true }).svg).toContain('stroke-dasharray="7 4"');
  });
});
