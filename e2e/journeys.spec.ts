import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  openMap,
  openSettled,
  REGION_INTERIORS,
  REGION_NAMES,
  screenPoint,
  screenshot,
  test,
  waitForCameraToSettle,
  waitForStillMap,
} from './fixtures';

const DATA = 'data/briefings/pujiang-2023-07';
const links = JSON.parse(readFileSync(`${DATA}/links.json`, 'utf8')) as {
  links: { id: string; from: string; to: string; label: { zh: string; en: string } }[];
};
const places = JSON.parse(readFileSync(`${DATA}/places.json`, 'utf8')) as {
  places: { id: string; region: string | null; name: { zh: string } }[];
};
const regionOf = (id: string) =>
  REGION_NAMES[id] ? id : places.places.find((p) => p.id === id)?.region;
const crossLink = links.links.find((l) => {
  const [a, b] = [regionOf(l.from), regionOf(l.to)];
  return a && b && a !== b;
})!;

const panel = (page: Page) => page.locator('aside.panel');

/**
 * Each drawn arc's two ends against where the live renderer puts its places now: the worst
 * gap in pixels, and how many arcs were measured (none measured proves nothing).
 */
async function arcMisalignment(page: Page): Promise<{ worst: number; measured: number }> {
  return page.evaluate(() => {
    let worst = 0;
    let measured = 0;
    const project = window.__regionMap!.project;
    for (const g of document.querySelectorAll<SVGGElement>(
      '.arcs-overlay g.arc[data-clipped="false"][data-from][data-to]',
    )) {
      const d = g.querySelector('.arc-line')!.getAttribute('d')!;
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const start = [nums[0]!, nums[1]!];
      const end = [nums[4]!, nums[5]!];
      const a = project(g.dataset.from!.split(',').map(Number) as [number, number]);
      const b = project(g.dataset.to!.split(',').map(Number) as [number, number]);
      const fit = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
      worst = Math.max(
        worst,
        Math.min(Math.max(fit(start, a), fit(end, b)), Math.max(fit(start, b), fit(end, a))),
      );
      measured += 1;
    }
    return { worst, measured };
  });
}

test.describe('exploring the regions', () => {
  test('clicking each region on the map opens its panel', async ({ page }) => {
    await openSettled(page);
    const start = await page.evaluate(() => window.__regionMap!.view()!);
    for (const [id, interior] of REGION_INTERIORS) {
      await page.keyboard.press('Escape');
      await expect(panel(page)).toHaveCount(0);
      // Back to the opening view, where every region is in sight.
      await page.evaluate((v) => window.__regionMap!.flyTo(v), start);
      await waitForCameraToSettle(page);
      const { x, y } = await screenPoint(page, interior);
      await page.mouse.click(x, y);
      await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(REGION_NAMES[id]!);
      await expect(page).toHaveURL(new RegExp(`region=${id}`));
    }
  });

  test('the region list works by keyboard alone, with focus moving in and back', async ({
    page,
  }) => {
    await openSettled(page);
    const button = page.getByRole('button', { name: '长三角', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('长三角');
    await expect(heading).toBeFocused();
    await expect(panel(page).locator('blockquote').first()).toBeVisible();
    await expect(panel(page).locator('cite').first()).toContainText('吴志强');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('黄河流域 says plainly that no speaker addressed it, and shows its editorial mentions', async ({
    page,
  }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '黄河流域', exact: true }).click();
    await expect(panel(page).getByRole('note')).toContainText('没有直接谈及');
    await expect(panel(page).locator('blockquote').first()).toContainText('黄河流域');
    await waitForCameraToSettle(page);
    await screenshot(page, 'panel-yellow-river');
  });

  test('national and global viewpoints are reachable', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '全国 / 全球' }).click();
    await expect(
      panel(page).locator('cite').filter({ hasText: 'Erik Solheim' }).first(),
    ).toBeVisible();
  });

  test('show in source opens the paragraph with the quote marked', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '长江中游', exact: true }).click();
    const first = panel(page).locator('figure.quote').first();
    const quote = await first.locator('blockquote').textContent();
    await first.getByRole('button', { name: /在原文中查看/ }).click();
    await expect(first.locator('mark')).toHaveText(quote!);
    await waitForCameraToSettle(page);
    await screenshot(page, 'panel-middle-yangtze-source');
  });

  test('a deep link with region and link opens that link', async ({ page }) => {
    const region = regionOf(crossLink.from)!;
    await openSettled(page, `./#region=${region}&link=${crossLink.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(crossLink.label.zh);
    await expect(
      page.locator(`.arcs-overlay g.arc.selected[data-link="${crossLink.id}"]`),
    ).toHaveCount(1);
  });

  test('clicking an arc opens the link and its evidence, then either end', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '长江中游', exact: true }).click();
    await waitForCameraToSettle(page);
    // Arcs can cross or run side by side, and some middles sit under the panel: point at
    // each arc's middle on the open map until the pointer really rests on an arc, and
    // take the one the map says is under it.
    const candidates = await page
      .locator('.arcs-overlay g.arc[data-clipped="false"] .arc-hit')
      .evaluateAll((paths) => {
        const open = document.querySelector('.map')!.getBoundingClientRect();
        const covers = [...document.querySelectorAll('aside.panel, .legend')].map((e) =>
          e.getBoundingClientRect(),
        );
        return (paths as SVGPathElement[])
          .map((p) => {
            const q = p.getPointAtLength(p.getTotalLength() / 2);
            const r = p.ownerSVGElement!.getBoundingClientRect();
            return { x: r.x + q.x, y: r.y + q.y };
          })
          .filter(
            ({ x, y }) =>
              x > open.left + 8 &&
              x < open.right - 8 &&
              y > open.top + 8 &&
              y < open.bottom - 8 &&
              !covers.some((c) => x >= c.left && x <= c.right && y >= c.top && y <= c.bottom),
          )
          .reverse();
      });
    const hovered = page.locator('.arcs-overlay g.arc.hovered');
    let picked: { id: string; x: number; y: number } | null = null;
    for (const c of candidates) {
      await page.mouse.move(c.x, c.y);
      const found = await hovered
        .waitFor({ timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (!found) continue;
      picked = { id: (await hovered.getAttribute('data-link'))!, ...c };
      break;
    }
    expect(picked, 'an arc the pointer can rest on').not.toBeNull();
    const { id, x, y } = picked!;
    await expect(page.locator('.map-tooltip')).toContainText('·');
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(new RegExp(`link=${id}`));
    await expect(panel(page).locator('blockquote').first()).toBeVisible();
    await screenshot(page, 'link-selected');
    const go = panel(page).locator('[data-go-region]').first();
    const target = await go.getAttribute('data-go-region');
    await go.click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(
      REGION_NAMES[target!]!,
    );
  });

  test('arcs stay on their places within 1 px after panning and zooming', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '长江中游', exact: true }).click();
    await waitForCameraToSettle(page);
    const expectAligned = async (when: string) => {
      // Once no link is still being drawn in: one growing along its curve has not reached
      // its end yet (a CI run under load measured an end 19 px off after the framing, once;
      // not seen again in 36 runs of this test alone).
      await waitForStillMap(page);
      const { worst, measured } = await arcMisalignment(page);
      expect(measured, `arcs measured ${when}`).toBeGreaterThan(2);
      expect(worst, when).toBeLessThan(1);
    };
    await expectAligned('after framing');
    const box = (await page.locator('.map').boundingBox())!;
    const before = await page.evaluate(() => window.__regionMap!.view()!);
    await page.mouse.move(box.x + 300, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 360, box.y + 360, { steps: 8 });
    await page.mouse.up();
    await waitForCameraToSettle(page);
    const panned = await page.evaluate(() => window.__regionMap!.view()!);
    expect(panned, 'the drag moved the map').not.toEqual(before);
    await expectAligned('after panning');
    await page.mouse.move(box.x + 400, box.y + 380);
    await page.mouse.wheel(0, -400);
    // MapLibre waits a moment to tell a wheel from a trackpad before it zooms: wait for the
    // view to change, then for the camera to rest.
    await expect
      .poll(() => page.evaluate(() => window.__regionMap!.view()!.zoom), {
        message: 'the wheel zoomed in',
      })
      .toBeGreaterThan(panned.zoom);
    await waitForCameraToSettle(page);
    await expectAligned('after zooming');
  });

  test('switches the interface and the content to English and back', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regional Innovation Map');
    await page.getByRole('button', { name: 'Yangtze River Delta', exact: true }).click();
    await expect(panel(page).locator('blockquote[lang="en"]').first()).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
    await waitForCameraToSettle(page);
    await screenshot(page, 'panel-english');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('区域创新地图');
  });

  test('search finds a phrase and scrolls to its viewpoint', async ({ page }) => {
    await openSettled(page);
    const box = page.getByRole('combobox');
    await box.fill('河套');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.getByRole('option').filter({ hasText: '孙东' }).first().click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('粤港澳大湾区');
    await expect(panel(page).locator('figure.quote.highlighted')).toBeInViewport();
  });

  test('back and forward step through selections', async ({ page }) => {
    await openSettled(page);
    await page.getByRole('button', { name: '京津冀', exact: true }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('京津冀');
    await page.getByRole('button', { name: '长三角', exact: true }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('长三角');
    // A switch of language is a step too: back returns to Chinese, the selection kept.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regional Innovation Map');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('区域创新地图');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('长三角');
    await page.goBack();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('京津冀');
    await page.goBack();
    await expect(panel(page)).toHaveCount(0);
    await page.goForward();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('京津冀');
  });

  test('arcs that appear are drawn in, and with reduced motion appear at once', async ({
    page,
  }) => {
    /**
     * Hides a kind of link and shows it again (the camera stays put, so nothing else redraws
     * them), sampling its arcs' drawn length against their full length on every frame for a
     * third of a draw-in: the shortest share of its full length seen.
     */
    const redrawKind = async (kind: string) => {
      const toggle = page.locator(`li[data-kind="${kind}"]`).getByRole('button');
      const arcs = page.locator(`.arcs-overlay g.arc[data-kind="${kind}"]`);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(arcs).toHaveCount(0);
      // Nothing else moves: a camera frame redraws every arc in full.
      await waitForCameraToSettle(page);
      const sampling = page.evaluate(
        (selector) =>
          new Promise<{ frames: number; shortest: number }>((resolve) => {
            let frames = 0;
            let shortest = 1;
            let first = 0;
            const giveUp = performance.now() + 10_000;
            const tick = (now: number) => {
              const lines = document.querySelectorAll<SVGPathElement>(`${selector} .arc-line`);
              for (const line of lines) {
                const full = line.parentElement!.querySelector<SVGPathElement>('.arc-hit')!;
                shortest = Math.min(shortest, line.getTotalLength() / full.getTotalLength());
              }
              if (lines.length) {
                frames += 1;
                first ||= now;
              }
              if ((first && now - first > 200) || now > giveUp) resolve({ frames, shortest });
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
        `.arcs-overlay g.arc[data-kind="${kind}"]`,
      );
      await toggle.click();
      const seen = await sampling;
      expect(seen.frames, `frames with ${kind} arcs`).toBeGreaterThan(0);
      await expect(arcs).not.toHaveCount(0);
      return seen.shortest;
    };

    // On the SVG map: MapLibre reports a frame on each of its repaints, and a frame redraws
    // the arcs in full, so there a draw-in may be cut short before it is seen.
    await openMap(page, './?renderer=svg#region=middle-yangtze', 'svg');
    await waitForCameraToSettle(page);
    const key = page.getByRole('button', { name: /^图例与筛选/ });
    if ((await key.getAttribute('aria-expanded')) === 'false') await key.click();
    await waitForCameraToSettle(page);
    // The sampling sees a draw-in where there is one...
    expect(await redrawKind('regional-collaboration')).toBeLessThan(0.9);
    // ...and with reduced motion there is none: every frame shows the whole arc.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await redrawKind('regional-collaboration')).toBeGreaterThan(0.99);
  });
});
