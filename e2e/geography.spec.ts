import type { Page } from '@playwright/test';
import { expect, openMap, screenshot, test, waitForCameraToSettle } from './fixtures';

// On the 长江 between 重庆 and 宜昌 (a vertex of the simplified river in china.topo.json),
// outside every region's fill, so only the land is under it.
const YANGTZE_POINT: [number, number] = [108.418, 30.755];
// In 河南, between the 黄河 and the 汉江, no river or lake: the check must find nothing.
const DRY_POINT: [number, number] = [112.6, 33.8];

// Each test loads the app on both renderers (and reloads): twice the default budget.
test.describe.configure({ timeout: 120_000 });

/**
 * Whether a river-coloured pixel (blue-grey: bluer than red, darker than the land) is
 * within `radius` px of the point, with the overlay (labels, arcs, belt) hidden: the map
 * itself drew the river. Read in the page from a screenshot, so it works for WebGL too.
 */
async function riverPixelNear(page: Page, lngLat: [number, number], radius = 4) {
  const overlay = (hidden: boolean) =>
    page.evaluate((h) => {
      const el = document.querySelector<SVGElement>('.arcs-overlay');
      if (el) el.style.visibility = h ? 'hidden' : '';
    }, hidden);
  await overlay(true);
  const box = (await page.locator('.map').boundingBox())!;
  const [x, y] = await page.evaluate((p) => window.__regionMap!.project(p), lngLat);
  const png = await page.screenshot({
    clip: { x: box.x + x - radius, y: box.y + y - radius, width: radius * 2, height: radius * 2 },
  });
  const found = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    for (let i = 0; i < px.length; i += 4) {
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      if (b - r >= 15 && r + g + b < 3 * 215) return true;
    }
    return false;
  }, png.toString('base64'));
  await overlay(false);
  return found;
}

test('the 长江, the 黄河 and the lakes are drawn, and named, on both renderers', async ({
  page,
}) => {
  for (const renderer of ['svg', 'maplibre'] as const) {
    await openMap(page, `./?renderer=${renderer}`, renderer);
    await waitForCameraToSettle(page);
    if (renderer === 'svg') {
      for (const id of ['yangtze', 'yellow', 'other']) {
        const d = await page.locator(`.svg-map [data-river="${id}"]`).getAttribute('d');
        expect(d?.length ?? 0, id).toBeGreaterThan(100);
      }
      expect(await page.locator('.svg-map .lakes path').count()).toBeGreaterThanOrEqual(5);
    }
    expect(await riverPixelNear(page, YANGTZE_POINT), `river drawn by ${renderer}`).toBe(true);
    expect(await riverPixelNear(page, DRY_POINT), `no river there (${renderer})`).toBe(false);
    // The names are in the current language, on the map, and not under anything else.
    for (const [id, zh] of [
      ['yangtze', '长江'],
      ['yellow', '黄河'],
    ]) {
      const label = page.locator(`[data-river-label="${id}"]`);
      await expect(label).toHaveText(zh!);
      const b = (await label.boundingBox())!;
      // What is on top at the label's centre: the map itself (the label takes no pointer),
      // not a box over it (inset, controls, legend) and not a point off the screen.
      const top = await page.evaluate(
        ([x, y]) => {
          if (x! < 0 || y! < 0 || x! > innerWidth || y! > innerHeight) return 'off screen';
          const el = document.elementFromPoint(x!, y!);
          const cover = el?.closest('[data-map-obstacle]');
          if (cover) return `under ${cover.className}`;
          return el?.closest('.map') ? 'on the map' : `under ${el?.tagName ?? 'nothing'}`;
        },
        [b.x + b.width / 2, b.y + b.height / 2],
      );
      expect(top, `${id} label`).toBe('on the map');
    }
  }
  await page
    .getByRole('button', { name: /English|英文/ })
    .first()
    .click();
  await expect(page.locator('[data-river-label="yangtze"]')).toHaveText('Yangtze');
  await expect(page.locator('[data-river-label="yellow"]')).toHaveText('Yellow River');
});

test('the 长江经济带 outline is toggled from the legend and survives a reload', async ({
  page,
}) => {
  for (const renderer of ['svg', 'maplibre'] as const) {
    await openMap(page, `./?renderer=${renderer}`, renderer);
    const toggle = page.getByRole('button', { name: '长江经济带' });
    const outline = page.locator('.arcs-overlay path.belt');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(outline).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(outline).toHaveCount(1);
    await expect(page).toHaveURL(/belt=1/);
    const box = (await outline.boundingBox())!;
    // The belt spans 上海 to 云南: most of the map's width at the first view.
    expect(box.width).toBeGreaterThan(200);

    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.locator('.map')).toHaveAttribute('data-renderer', renderer, {
      timeout: 30_000,
    });
    await waitForCameraToSettle(page);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(outline).toHaveCount(1);
    await screenshot(page, `geography-belt-${renderer}-1280x800`);

    await toggle.click();
    await expect(outline).toHaveCount(0);
    await expect(page).not.toHaveURL(/belt=1/);
  }
});

test('search finds what people type: pinyin, initials, English, a phrase', async ({ page }) => {
  await openMap(page);
  const box = page.getByRole('combobox');
  const options = page.getByRole('option');
  for (const [typed, expected] of [
    ['hetao', '河套'],
    ['wh', '武汉'],
    ['Wuhan', '武汉'],
    ['科技金融', '科技金融'],
  ] as const) {
    await box.fill(typed);
    await expect(options.filter({ hasText: expected }).first(), typed).toBeVisible();
  }
  await box.fill('wh');
  await expect(options.filter({ hasText: '武汉' }).first()).toContainText('地点');
  await box.fill('');
  await page.getByRole('button', { name: 'English' }).click();
  await box.fill('wuhan');
  await expect(options.first()).toContainText('Wuhan');
  await expect(options.first()).toContainText('Place');
  await options.first().click();
  await expect(page).toHaveURL(/region=middle-yangtze/);
});
