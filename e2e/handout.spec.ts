import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadBriefingDir } from '../src/data/node/load-briefing';
import { buildModel } from '../src/data/model';
import { presentationSteps } from '../src/deck/steps';
import { KIND_STYLES } from '../src/arcs/arc-styles';
import { INSET_FRAME } from '../src/features/export/nanhai-svg';
import { expect, openMap, test } from './fixtures';

const bundle = loadBriefingDir('data/briefings/pujiang-2023-07').bundle!;
const model = buildModel(bundle);
const OUT = 'test-results/handout';
mkdirSync(OUT, { recursive: true });

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const squash = (s: string) => s.replace(/\s+/g, '');

/** Decodes a PNG in the page and counts pixels near `colours` inside `box` (image pixels). */
async function countPixels(
  page: Page,
  png: Buffer,
  colours: string[],
  box: { x: number; y: number; width: number; height: number } | null = null,
  tolerance = 30,
): Promise<{ width: number; height: number; count: number }> {
  return page.evaluate(
    async ({ b64, rgb, box, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const r = box ?? { x: 0, y: 0, width: img.width, height: img.height };
      const data = ctx.getImageData(r.x, r.y, r.width, r.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          rgb.some(
            ([cr, cg, cb]) =>
              Math.abs(data[i]! - cr!) +
                Math.abs(data[i + 1]! - cg!) +
                Math.abs(data[i + 2]! - cb!) <
              tolerance,
          )
        )
          count++;
      }
      return { width: img.width, height: img.height, count };
    },
    { b64: png.toString('base64'), rgb: colours.map(hex), box, tolerance },
  );
}

/** Every drawn region and arc of the print map lies inside its map area, clear of the inset. */
async function printMapFit(page: Page) {
  return page.locator('.print-map svg').evaluate((svg) => {
    const area = svg.querySelector('.map-area')!.getBoundingClientRect();
    const inset = svg.querySelector('.nanhai-inset')!.getBoundingClientRect();
    const within = (r: DOMRect) =>
      r.left >= area.left - 1 &&
      r.right <= area.right + 1 &&
      r.top >= area.top - 1 &&
      r.bottom <= area.bottom + 1;
    const overlaps = (r: DOMRect) =>
      r.left < inset.right && r.right > inset.left && r.top < inset.bottom && r.bottom > inset.top;
    const regions = [...svg.querySelectorAll('path[data-region]')].map((p) => ({
      id: p.getAttribute('data-region'),
      inside: within(p.getBoundingClientRect()),
    }));
    const arcs = [...svg.querySelectorAll('path.arc')].map((p) => p.getBoundingClientRect());
    return {
      regions,
      arcs: arcs.length,
      arcsInside: arcs.every(within),
      arcsUnderInset: arcs.filter(overlaps).length,
      insetInsideArea: within(inset),
      legendBelow:
        svg.querySelector('.export-legend')!.getBoundingClientRect().top >= area.bottom - 1,
    };
  });
}

function pdfText(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}

test.describe('hand-outs: print, export, PowerPoint', () => {
  test('prints 长三角 on A4 with every quote, the credit on every page and the inset; China whole when nothing is selected', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openMap(page);
    await page.getByRole('button', { name: '长三角', exact: true }).click();
    await expect(page).toHaveURL(/region=yangtze-delta/);
    await page.emulateMedia({ media: 'print' });
    const map = page.locator('.print-map svg');
    await expect(map.locator('.nanhai-inset .inset-frame')).toHaveCount(1);
    const fit = await printMapFit(page);
    expect(fit.regions.find((r) => r.id === 'yangtze-delta')?.inside).toBe(true);
    expect(fit.arcs).toBe(model.linksOfRegion('yangtze-delta').length);
    expect(fit).toMatchObject({
      arcsInside: true,
      arcsUnderInset: 0,
      insetInsideArea: true,
      legendBelow: true,
    });
    await expect(page.locator('.print-links tbody tr')).toHaveCount(
      model.linksOfRegion('yangtze-delta').length,
    );

    const pdfPath = `${OUT}/yangtze-delta.pdf`;
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
    const pages = pdfText(pdfPath);
    const all = squash(pages.join(''));
    const quotes = model.viewpointsOfRegion('yangtze-delta');
    expect(quotes.length).toBeGreaterThan(0);
    for (const v of quotes) expect(all, v.id).toContain(squash(v.quote));
    for (const [i, text] of pages.entries())
      expect(squash(text), `credit on page ${i + 1}`).toContain(
        squash(bundle.briefing.publisher.zh),
      );
    expect(pages.length).toBeGreaterThan(1);

    // Page 1 as an image: the inset's frame is printed (a column of its colour).
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, `${OUT}/print-p`]);
    const png = readFileSync(`${OUT}/print-p-1.png`);
    const frame = await countPixels(page, png, [INSET_FRAME], null, 60);
    expect(frame.count).toBeGreaterThan(60);

    // Nothing selected: all of China, all five regions inside the printed map.
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__appStore!.getState().selectRegion(null));
    await expect(page).not.toHaveURL(/region=/);
    await page.emulateMedia({ media: 'print' });
    const whole = await printMapFit(page);
    expect(whole.regions.map((r) => r.id).sort()).toEqual(model.regions.map((r) => r.id).sort());
    expect(whole.regions.every((r) => r.inside)).toBe(true);
    await expect(page.locator('.print-regions tbody tr')).toHaveCount(model.regions.length);
    writeFileSync(`${OUT}/china.pdf`, await page.pdf({ format: 'A4' }));

    // The map alone: one A4 landscape page, with the inset. Printing must be over first:
    // its end clears the request (`data-print`), and had once cleared this one.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-handout')).toHaveCount(0);
    await page.evaluate(() => (document.documentElement.dataset.print = 'map'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-handout[data-print="map"] .nanhai-inset')).toHaveCount(1);
    await expect(page.locator('.print-regions')).toHaveCount(0);
    writeFileSync(`${OUT}/map.pdf`, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [`${OUT}/map.pdf`], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+/);
  });

  test('exports a 2× PNG and an SVG with the inset and the arcs, and a PowerPoint deck of every step', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openMap(page, './#region=middle-yangtze');
    const exportAs = async (item: RegExp) => {
      await page.getByRole('button', { name: /导出/ }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      return readFileSync((await download.path())!);
    };

    const svg = (await exportAs(/SVG/)).toString('utf8');
    writeFileSync(`${OUT}/export.svg`, svg);
    const width = Number(svg.match(/width="(\d+)"/)![1]);
    const height = Number(svg.match(/height="(\d+)"/)![1]);
    const inset = svg.match(
      /class="nanhai-inset"[^>]*translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)/,
    )!;
    expect(inset).not.toBeNull();

    const png = await exportAs(/PNG/);
    writeFileSync(`${OUT}/export.png`, png);
    const decoded = await countPixels(
      page,
      png,
      KIND_STYLES.map((k) => k.color),
    );
    expect(decoded.width).toBe(width * 2);
    expect(decoded.height).toBe(height * 2);
    expect(decoded.count, 'arc pixels').toBeGreaterThan(200);
    // The frame's left edge, at 2×: a column of the frame colour.
    const [x, y, s] = inset.slice(1).map(Number) as [number, number, number];
    const edge = await countPixels(
      page,
      png,
      [INSET_FRAME],
      {
        x: Math.floor(x * 2),
        y: Math.floor(y * 2),
        width: Math.ceil(4 * s * 2),
        height: Math.round(150 * s * 2),
      },
      40,
    );
    expect(edge.count, 'inset frame pixels').toBeGreaterThan(150 * s * 2 * 0.8);

    const pptx = `${OUT}/deck.pptx`;
    writeFileSync(pptx, await exportAs(/PowerPoint/));
    const files = execFileSync('unzip', ['-Z1', pptx], { encoding: 'utf8' }).split('\n');
    const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const notes = files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    const steps = presentationSteps(model, 'zh');
    expect(slides).toHaveLength(steps.length);
    expect(notes).toHaveLength(steps.length);
    for (const [i, step] of steps.entries()) {
      const xml = execFileSync('unzip', ['-p', pptx, `ppt/slides/slide${i + 1}.xml`], {
        encoding: 'utf8',
      });
      expect(xml, `slide ${i + 1} picture`).toContain('<p:pic>');
      expect(xml, `slide ${i + 1} heading`).toContain(step.heading.zh);
      for (const v of step.viewpoints) expect(xml).toContain(v.quote.slice(0, 12));
      const note = execFileSync('unzip', ['-p', pptx, `ppt/notesSlides/notesSlide${i + 1}.xml`], {
        encoding: 'utf8',
      });
      for (const v of step.viewpoints) expect(note).toContain(v.paragraph);
    }
  });
});
