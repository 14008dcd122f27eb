// Chromium driven over its DevTools pipe with no Runtime domain enabled, for the first-view
// timing: a reader's browser has no DevTools attached, and Playwright enables Runtime on
// every page it drives. With Runtime enabled, V8 records a detailed stack trace of every
// Error a script constructs, in case it goes uncaught, and the first one taken with a
// module's top-level code on the stack parses that whole script again for its source
// positions. React constructs such Errors as its module starts (SuspenseException,
// HydrationMismatchException …): in the app's 410 KB chunk that parse was 50–100 ms of
// the main thread that no reader's browser spends (docs/performance.md, session 17).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/**
 * The switches Playwright gives a headless Chromium that change what a page does or when
 * it paints: the same hover and pointer media as the e2e tests, no paint holding, no
 * throttling of a page the window manager thinks hidden.
 */
const PLAYWRIGHT_LIKE = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-features=PaintHolding',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
];

/**
 * Launches Chromium with `--remote-debugging-pipe` (fd 3 in, fd 4 out, NUL-separated JSON)
 * and returns the browser's session: `send(method, params)`, `session(id)` for a page's
 * flat session, `close()`.
 */
export async function launchOverPipe(executablePath, args) {
  const profile = mkdtempSync(join(os.tmpdir(), 'bench-profile-'));
  const child = spawn(
    executablePath,
    [
      ...PLAYWRIGHT_LIKE,
      ...args,
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [, , , toBrowser, fromBrowser] = child.stdio;
  let nextId = 1;
  const waiting = new Map();
  const listeners = new Map();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (text) => {
    buffered += text;
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const { resolve, reject, method } = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else {
        for (const listener of listeners.get(`${message.sessionId ?? ''}:${message.method}`) ?? [])
          listener(message.params);
      }
    }
  });
  const exited = new Promise((done) => child.once('exit', done));

  const session = (sessionId) => ({
    send(method, params = {}) {
      const id = nextId++;
      const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
      toBrowser.write(`${JSON.stringify(message)}\0`);
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
    },
    on(method, listener) {
      const key = `${sessionId ?? ''}:${method}`;
      if (!listeners.has(key)) listeners.set(key, []);
      listeners.get(key).push(listener);
    },
  });
  const browser = session(undefined);
  // The first answer says the pipe is up.
  await browser.send('Browser.getVersion');
  return {
    ...browser,
    session,
    async close() {
      await browser.send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page in a browser context of its own (as Playwright's `newContext`), attached
 * with Page and Network only. Returns its session and `close()`.
 */
export async function openQuietPage(browser, { width, height, locale }) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  const { targetId } = await browser.send('Target.createTarget', {
    url: 'about:blank',
    browserContextId,
  });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const page = browser.session(sessionId);
  await page.send('Page.enable');
  await page.send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await page.send('Emulation.setLocaleOverride', { locale });
  return {
    page,
    close: () => browser.send('Target.disposeBrowserContext', { browserContextId }),
  };
}
