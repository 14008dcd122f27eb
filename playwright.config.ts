import { defineConfig, devices } from '@playwright/test';
import { executablePath, noWebglArgs, quietArgs, swiftshaderArgs } from './scripts/chromium.mjs';

/**
 * End-to-end tests drive the built app (dist/, served by scripts/serve.mjs) in Chromium.
 * The browser is the system's Chromium (/usr/bin/chromium); set CHROMIUM_PATH to use
 * another Chromium or Chrome binary.
 */
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    // Tests that need the service worker (offline use) allow it themselves.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'webgl',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          // WebGL2 by SwiftShader, the page composited in software: a machine without a
          // GPU, as Chromium runs there. Compositing every frame through SwiftShader too
          // made each input event wait ~1 s for its frame (the 250-event monkey test took
          // 5 min, 16 s without; the whole suite 19–23 min, 8 without).
          args: [...quietArgs, ...swiftshaderArgs, '--disable-gpu-compositing'],
        },
      },
    },
    {
      name: 'no-webgl',
      testMatch: /(journeys|fallback|hardening|framing)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          args: [...quietArgs, ...noWebglArgs],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
