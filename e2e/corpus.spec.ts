import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, openMap } from './fixtures';
import { generateCorpus } from '../scripts/bench/generate-corpus.mjs';
import { startServer } from '../scripts/serve.mjs';

/**
 * The app built from a 10× synthetic corpus (scripts/bench/generate-corpus.mjs) into a temp
 * folder, served on its own port: the header's briefing picker lists the ten briefings and
 * switches between them. dist/ is not touched.
 */
const test = base.extend<object, { corpusOrigin: string }>({
  corpusOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright wants a destructured first argument
    async ({}, provide) => {
      const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-e2e-'));
      const corpus = path.join(tmp, 'corpus');
      const dist = path.join(tmp, 'dist');
      generateCorpus({ scale: 10, outDir: corpus });
      const built = spawnSync(
        'node_modules/.bin/vite',
        ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
        {
          encoding: 'utf8',
          env: { ...process.env, BRIEFINGS_DIR: corpus, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        },
      );
      if (built.status !== 0) throw new Error(`corpus build failed:\n${built.stderr}`);
      const server: Server = await startServer({ port: 0, dir: dist });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      await provide(`http://localhost:${port}/`);
      server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ corpusOrigin }, provide) => provide(corpusOrigin),
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

/** At each size the picker is on top, inside the window, and the header fits the window. */
async function checkSizes(page: Page, lang: string) {
  const picker = page.locator('.briefing-picker select');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const seen = await picker.evaluate((select) => {
      const box = select.getBoundingClientRect();
      const hit = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      const bar = document.querySelector('.topbar')!;
      return {
        onTop: hit[0] === select,
        inside: box.left >= 0 && box.right <= innerWidth && box.width >= 80,
        barFits:
          bar.scrollWidth <= bar.clientWidth && bar.getBoundingClientRect().right <= innerWidth,
      };
    });
    expect(seen, `${size.width}×${size.height} ${lang}`).toEqual({
      onTop: true,
      inside: true,
      barFits: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a 10× corpus build: the briefing picker is visible at every size and switches briefings', async ({
  page,
}) => {
  await openMap(page, './');
  const picker = page.locator('.briefing-picker select');
  await expect(picker).toHaveAccessibleName('简报');
  await expect(picker.locator('option')).toHaveCount(10);
  // Newest first: synthetic briefing 1 is a week before the real one, 10 ten weeks before.
  await expect(picker).toHaveValue('synthetic-0001');
  await expect(page.locator('.credit')).toContainText('【合成数据】1 ');

  await checkSizes(page, 'zh');

  // Switching: the hash names the briefing, the page reloads it.
  const loaded = page.waitForResponse(/data\/briefings\/synthetic-0003\.json$/);
  await picker.selectOption('synthetic-0003');
  await loaded;
  await expect(page).toHaveURL(/briefing=synthetic-0003/);
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await expect(picker).toHaveValue('synthetic-0003');
  await expect(page.locator('.credit')).toContainText('【合成数据】3 ');

  // In English: the label and the titles follow the language, and a switch keeps it.
  await page.getByRole('button', { name: 'English' }).click();
  const enPicker = page.locator('.briefing-picker select');
  await expect(enPicker).toHaveAccessibleName('Briefing');
  await checkSizes(page, 'en');
  await expect(enPicker.locator('option:checked')).toContainText('[SYNTHETIC] #3 ');
  await enPicker.selectOption('synthetic-0007');
  await expect(page).toHaveURL(/briefing=synthetic-0007/);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('.map')).toHaveAttribute('data-map-state', 'ready');
  await expect(enPicker).toHaveValue('synthetic-0007');
  await expect(page.locator('.credit')).toContainText('[SYNTHETIC] #7 ');
});
