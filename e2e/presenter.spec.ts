import { readFileSync } from 'node:fs';
import { expect, openSettled, screenshot, test, waitForCameraToSettle } from './fixtures';

// Presenter mode: e2e/deck.spec.ts.

test.describe('hand-outs and offline use', () => {
  test('exports the view as a 2× PNG with the arcs on it', async ({ page }) => {
    await openSettled(page, './#region=middle-yangtze');
    await waitForCameraToSettle(page);
    const map = await page
      .locator('.map')
      .evaluate((m) => ({ width: m.clientWidth, height: m.clientHeight }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出图片' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.round(map.width * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(map.height * 2));
    // Count pixels in the arc colours, decoded by the browser itself.
    const arcPixels = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = [...document.querySelectorAll('.arcs-overlay .arc-line')].map((p) =>
        p.getAttribute('stroke')!,
      );
      const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          rgb.some(
            ([r, g, b]) =>
              Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <
              30,
          )
        )
          n++;
      }
      return n;
    }, png.toString('base64'));
    expect(arcPixels).toBeGreaterThan(200);
  });

  test('prints a selected region on one landscape page with its viewpoints and the credit', async ({
    page,
  }) => {
    await openSettled(page, './#region=yangtze-delta');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('aside.panel blockquote').first()).toBeVisible();
    await expect(page.locator('.credit')).toContainText('上海浦江创新论坛中心');
    await screenshot(page, 'print-yangtze-delta');
    const pdf = await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit the app reloads with the network cut off', async ({
    page,
    context,
  }) => {
    await openSettled(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await page.getByRole('button', { name: '京津冀', exact: true }).click();
    await expect(page.locator('aside.panel h2')).toHaveText('京津冀');
    await context.setOffline(false);
  });
});
