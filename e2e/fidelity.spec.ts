import type { Page } from '@playwright/test';
import { expect, openMap, screenshot, test, waitForCameraToSettle } from './fixtures';

/**
 * Fidelity and language, checked on every region's panel (and every link it lists) in both
 * languages, on one page load:
 * - every quotation (`<blockquote>`) is attributed: its figure has a non-empty `<cite>`;
 * - the English page is English: no Han characters and no CJK punctuation anywhere in its
 *   text or its labels, except inside elements marked `lang="zh"` (or zh-*), which hold
 *   Chinese originals: quotes behind the "Chinese original" toggle, the paragraph shown on
 *   "Show in source", names and misprints quoted in notes, and the "中文" language button.
 */

// Han ideographs (CJK unified, extension A, compatibility).
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
// CJK symbols and punctuation (、。《》【】…) and full-width forms (，：；（）！？).
const CJK_PUNCTUATION = '[\\u3000-\\u303f\\uff00-\\uffef]';

type Finding = { text: string; where: string };

/** Text and labels outside `[lang|=zh]` that contain Chinese or CJK punctuation. */
function chineseOutsideOriginals(page: Page): Promise<Finding[]> {
  return page.evaluate(
    ([han, punctuation]) => {
      const bad = new RegExp(`${han}|${punctuation}`, 'u');
      const original = (el: Element | null) => Boolean(el?.closest('[lang|="zh"]'));
      const where = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} in ${el.closest('[class]')?.className ?? 'body'}`;
      const found: { text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || original(parent)) continue;
        if (bad.test(node.textContent ?? ''))
          found.push({ text: node.textContent!, where: where(parent) });
      }
      for (const el of document.body.querySelectorAll(
        '[title], [aria-label], [placeholder], [alt]',
      )) {
        if (original(el)) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
          const value = el.getAttribute(name);
          if (value && bad.test(value))
            found.push({ text: `${name}="${value}"`, where: where(el) });
        }
      }
      if (bad.test(document.title)) found.push({ text: document.title, where: 'document.title' });
      return found;
    },
    [HAN, CJK_PUNCTUATION],
  );
}

/** Blockquotes in the panel whose figure has no cite, or an empty one. */
function uncitedQuotes(page: Page): Promise<string[]> {
  return page
    .locator('aside.panel blockquote')
    .evaluateAll((quotes) =>
      quotes
        .filter((q) => !q.closest('figure')?.querySelector('cite')?.textContent?.trim())
        .map((q) => q.textContent ?? ''),
    );
}

async function checkPanel(page: Page, lang: 'zh' | 'en', what: string) {
  const panel = page.locator('aside.panel');
  await expect(panel).toBeVisible();
  // Open every "show in source" so that the paragraphs (originals) are on the page too.
  await panel.evaluate((el) =>
    el
      .querySelectorAll<HTMLButtonElement>('.quote figcaption button[aria-expanded="false"]')
      .forEach((b) => b.click()),
  );
  await expect(panel.locator('.quote figcaption button[aria-expanded="false"]')).toHaveCount(0);
  expect(await panel.locator('blockquote').count(), `${what}: quotes`).toBeGreaterThan(0);
  expect(await uncitedQuotes(page), `${what}: quotes without a cite`).toEqual([]);
  if (lang === 'en')
    expect(await chineseOutsideOriginals(page), `${what}: Chinese in English`).toEqual([]);
}

/** At 1280×800: the header is one row, the legend shows all of itself; then a screenshot. */
async function checkLayout(page: Page, lang: 'zh' | 'en') {
  await waitForCameraToSettle(page);
  await screenshot(page, `fidelity-yangtze-delta-${lang}`);
  // Every part of the header sits beside the others (they all overlap vertically).
  const parts = await page
    .locator('.topbar > *')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
  const lowestTop = Math.max(...parts.map(([top]) => top!));
  const highestBottom = Math.min(...parts.map(([, bottom]) => bottom!));
  expect(lowestTop, `${lang}: header in one row`).toBeLessThan(highestBottom);
  // No scrolling inside the legend, and none of it under the panel.
  const legend = await page.locator('.legend').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const panel = document.querySelector('aside.panel')!.getBoundingClientRect();
    return { scrolls: el.scrollHeight > el.clientHeight, right: r.right, panelLeft: panel.left };
  });
  expect(legend.scrolls, `${lang}: legend clipped`).toBe(false);
  expect(legend.right).toBeLessThanOrEqual(legend.panelLeft);
}

async function switchTo(page: Page, lang: 'zh' | 'en') {
  await page.locator(`.lang-switch button[lang="${lang}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}

// Camera flights are instant: this spec reads panels, and SwiftShader frames are slow.
test.use({ reducedMotion: 'reduce' });

test('every quote is attributed and the English page is English, in every region and link', async ({
  page,
}) => {
  // Every region in both languages and every link in English: a long walk on 2 cores.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, './#region=yangtze-delta');
  const panel = page.locator('aside.panel');
  const regions = await page
    .locator('.legend [data-region]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-region')!));
  expect(regions).toHaveLength(6);
  let links = 0;

  for (const lang of ['zh', 'en'] as const) {
    await switchTo(page, lang);
    const delta = page.locator('.legend [data-region="yangtze-delta"]');
    if ((await delta.getAttribute('aria-pressed')) !== 'true') await delta.click();
    await expect(panel).toHaveAttribute('data-panel-for', 'yangtze-delta');
    await checkLayout(page, lang);
    if (lang === 'en') {
      // English in a Latin face, so that curly quotes are not full-width.
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family.split(',')[0]).not.toMatch(/CJK/);
    }

    for (const region of regions) {
      const button = page.locator(`.legend [data-region="${region}"]`);
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
      await expect(panel).toHaveAttribute('data-panel-for', region);
      await checkPanel(page, lang, `${lang} ${region}`);

      // Every link of the region, in its own detail view, and back: in English, where
      // untranslated text could leak (a link's quotes are attributed the same way in both).
      if (lang === 'zh') continue;
      const ids = await panel
        .locator('.link-list [data-link]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-link')!));
      for (const id of ids) {
        await panel.locator(`.link-list [data-link="${id}"]`).click();
        await expect(panel).toHaveAttribute('data-panel-for', `link:${id}`);
        await checkPanel(page, lang, `${lang} link ${id}`);
        if (id === 'g60-corridor-cities') {
          // The G60 corridor: one background line through nine cities, its source named.
          await expect(panel.locator('.facts [data-basis="background"]')).toBeVisible();
          await expect(panel.locator('[data-basis-source]')).not.toBeEmpty();
          await expect(page.locator(`.arcs-overlay g.corridor[data-link="${id}"]`)).toHaveAttribute(
            'data-stops',
            '9',
          );
        }
        links++;
        await panel.locator('button.back').click();
        await expect(panel).toHaveAttribute('data-panel-for', region);
      }
    }
  }
  expect(links).toBeGreaterThan(10);
});
