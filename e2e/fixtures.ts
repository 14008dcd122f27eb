import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

type LngLat = [number, number];

/** Interior points of the regions, read from the committed geometry. */
const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as {
  objects: { regions: { geometries: { properties: { id: string; interior: LngLat } }[] } };
};
export const REGION_INTERIORS = new Map(
  topology.objects.regions.geometries.map((g) => [g.properties.id, g.properties.interior]),
);
export const REGION_NAMES: Record<string, string> = {
  jingjinji: '京津冀',
  'yangtze-delta': '长三角',
  'greater-bay-area': '粤港澳大湾区',
  'middle-yangtze': '长江中游',
  'yellow-river': '黄河流域',
};

/**
 * Every test fails if the page logs a console error, throws, or requests anything from
 * a host other than its own.
 */
type Guard = { foreign: string[]; errors: string[]; allowErrors: RegExp[] };

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      const allowErrors: RegExp[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use({ foreign, errors, allowErrors });
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(
        errors.filter((e) => !allowErrors.some((a) => a.test(e))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * How long MapLibre may take to draw its first view and take over. Under SwiftShader it
 * takes 5 s alone (4.9 s median since 黄河流域's provinces are hatched: a pattern fill over
 * a ninth of the country), and several times that with the other worker drawing too.
 */
const HAND_OVER_MS = 60_000;

export async function openMap(page: Page, path = '', renderer?: 'svg' | 'maplibre') {
  await page.goto(path || './');
  const map = page.locator('.map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  if (renderer)
    await expect(map).toHaveAttribute('data-renderer', renderer, { timeout: HAND_OVER_MS });
  return map;
}

/**
 * Records what the first view had, the moment the map is ready (before the next frame):
 * the camera's view and how many of the 南海诸岛 inset's paths were drawn. Read with
 * `firstView(page)`. Call before the page is opened.
 */
export async function recordFirstView(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.map')?.getAttribute('data-map-state') !== 'ready') return;
      observer.disconnect();
      const links = () =>
        [...document.querySelectorAll('.arcs-overlay path.arc-line')].map((p) =>
          p.getAttribute('d'),
        );
      const first: NonNullable<Window['__firstView']> = {
        view: window.__regionMap?.view() ?? null,
        insetPaths: document.querySelectorAll('.nanhai-inset path').length,
        links: links(),
        scripts: performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname.split('/').pop()!)
          .filter((name) => /\.m?js$/.test(name)),
      };
      window.__firstView = first;
      const frames = (n: number) =>
        n ? requestAnimationFrame(() => frames(n - 1)) : (first.linksSoon = links());
      frames(3);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
  });
}

export async function firstView(page: Page) {
  return page.evaluate(() => window.__firstView);
}

/** The specs about the map itself, which the 'webgl' project runs on MapLibre. */
const MAPLIBRE_SPECS = /(foundation|journeys|framing|geography)\.spec\.ts$/;

/**
 * The renderer a spec runs on. On the 'webgl' project the specs about the map force
 * MapLibre; the others run as a user of this machine gets the app: under its software
 * WebGL the app keeps the SVG map. The 'no-webgl' project has only the SVG map.
 */
export function projectRenderer(): 'svg' | 'maplibre' {
  const info = test.info();
  return info.project.name === 'webgl' && MAPLIBRE_SPECS.test(info.file) ? 'maplibre' : 'svg';
}

/** The renderer this project runs on, once loading is over. */
export async function settledRenderer(): Promise<'svg' | 'maplibre'> {
  return projectRenderer();
}

/** `path` with `?renderer=maplibre` added on the 'webgl' project. */
export function withRenderer(path = './'): string {
  if (projectRenderer() !== 'maplibre' || path.includes('renderer=')) return path || './';
  const [base, hash] = (path || './').split('#');
  const join = base!.includes('?') ? '&' : '?';
  return `${base}${join}renderer=maplibre${hash === undefined ? '' : `#${hash}`}`;
}

export async function openSettled(page: Page, path = '') {
  await page.goto(withRenderer(path));
  const renderer = projectRenderer();
  const map = page.locator('.map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await expect(map).toHaveAttribute('data-renderer', renderer, { timeout: HAND_OVER_MS });
  return map;
}

/** Where a place is on screen now, in page coordinates, as the live renderer draws it. */
export async function screenPoint(page: Page, lngLat: LngLat): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map').boundingBox())!;
  const [x, y] = await page.evaluate((p) => window.__regionMap!.project(p), lngLat);
  return { x: box.x + x, y: box.y + y };
}

/**
 * Waits until the camera has stopped: it has reached the last flight's target (or had 5 s
 * to) and nothing has moved for half a second since.
 */
export async function waitForCameraToSettle(page: Page) {
  await page.waitForTimeout(150);
  await page.waitForFunction(() => window.__regionMap?.settled(500) ?? false, undefined, {
    polling: 100,
  });
}

/**
 * Waits until the map is still for a picture: the camera has settled and no link is still
 * being drawn in (d3 keeps `__transition` on a node while one runs).
 */
export async function waitForStillMap(page: Page) {
  await waitForCameraToSettle(page);
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.arcs-overlay *')].some(
        (node) => (node as Element & { __transition?: unknown }).__transition,
      ),
    undefined,
    { polling: 100 },
  );
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}
