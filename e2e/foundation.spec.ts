import {
  expect,
  firstView,
  openMap,
  openSettled,
  recordFirstView,
  REGION_INTERIORS,
  REGION_NAMES,
  screenPoint,
  screenshot,
  settledRenderer,
  test,
  waitForCameraToSettle,
  waitForStillMap,
} from './fixtures';

test.describe('the map', () => {
  test('keeps the SVG map under software WebGL, with a quiet note', async ({ page }) => {
    test.skip(test.info().project.name !== 'webgl', 'needs (software) WebGL2');
    await recordFirstView(page);
    await page.goto('./');
    const map = page.locator('.map');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    const note = map.getByRole('note');
    await expect(note).toContainText('软件');
    // What comes after the first view (the scale bar, this note) does not move the map: a
    // flight to make room for them had set off as the first view was shown, and again
    // when the note came.
    await waitForCameraToSettle(page);
    const shown = (await firstView(page))?.view;
    expect(shown).toBeTruthy();
    expect(await page.evaluate(() => window.__regionMap!.view())).toEqual(shown);
    // Names and chips keep off the note.
    const under = await note.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...document.querySelectorAll('.arcs-overlay text, .arcs-overlay .arc-edge')]
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.left < box.right && box.left < r.right)
        .filter((r) => r.top < box.bottom && box.top < r.bottom).length;
    });
    expect(under).toBe(0);
    await expect(map).toHaveAttribute('data-renderer', 'svg');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    // The map and its overlay get layers of their own (a pan then moves them without
    // rasterising them again) once the first view is shown and the page is idle: not in
    // the first frame, which under a software renderer they made slower to show.
    await expect(map).toHaveAttribute('data-layered', 'true');
    const willChange = await page
      .locator('.svg-map, .arcs-overlay')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).willChange));
    expect(willChange).toEqual(['transform', 'transform']);
  });

  test('draws an interactive first view, then hands over to MapLibre', async ({ page }) => {
    await page.goto('./?renderer=maplibre');
    await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.locator('.map')).toHaveAttribute('data-renderer', 'maplibre', {
      timeout: 30_000,
    });
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(page.locator('.svg-map')).toHaveCount(0);
  });

  test('shows the five regions, each highlighted under the pointer and named in the legend', async ({
    page,
  }) => {
    await openSettled(page);
    const renderer = await settledRenderer();
    expect(REGION_INTERIORS.size).toBe(5);
    for (const [id, interior] of REGION_INTERIORS) {
      const { x, y } = await screenPoint(page, interior);
      await page.mouse.move(x, y);
      await expect(page.locator('.map-tooltip')).toHaveText(REGION_NAMES[id]!);
      const entry = page.getByRole('button', { name: REGION_NAMES[id], exact: true });
      await expect(entry).toHaveAttribute('data-hovered', 'true');
      // The highlight is drawn over that region: by the SVG map itself, or for MapLibre
      // by the overlay (a WebGL repaint per hover would slow the click that follows).
      const highlight = page.locator(
        renderer === 'svg'
          ? `.svg-map g.regions path.hovered[data-region="${id}"]`
          : `.arcs-overlay g.hover path[data-hovered-region="${id}"]`,
      );
      await expect(highlight).toHaveCount(1);
      const box = (await highlight.boundingBox())!;
      expect(x).toBeGreaterThan(box.x);
      expect(x).toBeLessThan(box.x + box.width);
      expect(y).toBeGreaterThan(box.y);
      expect(y).toBeLessThan(box.y + box.height);
    }
    await page.mouse.move(2, 400);
    await expect(page.locator('.arcs-overlay g.hover path, .svg-map path.hovered')).toHaveCount(0);
  });

  test('restores the view from a #map= link, also on reload', async ({ page }) => {
    const expectCentredOn = async (lngLat: [number, number]) => {
      const centre = await screenPoint(page, lngLat);
      const box = (await page.locator('.map').boundingBox())!;
      expect(Math.abs(centre.x - (box.x + box.width / 2))).toBeLessThan(1);
      expect(Math.abs(centre.y - (box.y + box.height / 2))).toBeLessThan(1);
    };
    await openSettled(page, './#map=6/30.5/114.3');
    await expectCentredOn([114.3, 30.5]);
    await page.reload();
    await expect(page.locator('.map')).toHaveAttribute('data-renderer', 'maplibre', {
      timeout: 30_000,
    });
    await expectCentredOn([114.3, 30.5]);
    expect(new URL(page.url()).hash).toBe('#map=6/30.5/114.3');
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`frames all five regions at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openSettled(page);
      const box = (await page.locator('.map').boundingBox())!;
      for (const interior of REGION_INTERIORS.values()) {
        const p = await screenPoint(page, interior);
        expect(p.x).toBeGreaterThan(box.x);
        expect(p.x).toBeLessThan(box.x + box.width);
        expect(p.y).toBeGreaterThan(box.y);
        expect(p.y).toBeLessThan(box.y + box.height);
      }
      // Every kind of link is read whole in the legend, none cut at the foot of its box
      // (at 1280 × 800 the last one had been; the geography key below may scroll).
      const legend = (await page.locator('.legend').boundingBox())!;
      for (const row of await page.locator('.kind-toggle').all()) {
        const r = (await row.boundingBox())!;
        expect(r.y + r.height, await row.innerText()).toBeLessThanOrEqual(legend.y + legend.height);
      }
      await waitForStillMap(page);
      await screenshot(page, `start-${width}x${height}`);
    });
  }

  test('the SVG first view alone is a complete map', async ({ page }) => {
    await recordFirstView(page);
    await openMap(page, './?renderer=svg', 'svg');
    await expect(page.locator('.svg-map .regions path')).toHaveCount(5);
    await expect(page.locator('.nanhai-inset')).toBeVisible();
    // Its frame, islands and boundary line, in the first view itself: they had come with
    // the topology, fetched after it (on a slow machine an empty box for seconds).
    expect((await firstView(page))?.insetPaths).toBe(3);
    await expect(page.locator('.nanhai-inset path')).toHaveCount(3);
    const islands = await page.locator('.nanhai-inset svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('path')].map((p) => {
        const r = p.getBoundingClientRect();
        return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1;
      });
    });
    expect(islands).toEqual([true, true, true]);
    // Its links whole, not grown in: three frames on, each line is as the first view drew
    // it (they had been drawn again from nothing over 600 ms, more than 1.5 s here).
    await page.waitForFunction(() => window.__firstView?.linksSoon);
    const { links, linksSoon } = (await firstView(page))!;
    expect(links.length).toBeGreaterThan(0);
    expect(linksSoon).toEqual(links);
    // Its code in three files, two of them large and compiled at once (the app's; React's
    // with what the lazy chunks share) and the bundler's runtime: not a request for each
    // small module the lazy chunks share (seven files had come in before the first view).
    const { scripts } = (await firstView(page))!;
    expect(scripts.length, scripts.join(', ')).toBeLessThanOrEqual(3);
    await screenshot(page, 'start-svg-1280x800');
  });
});
