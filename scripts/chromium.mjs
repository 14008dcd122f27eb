/**
 * The headless Chromium the end-to-end tests and the benchmark share: the system's
 * (/usr/bin/chromium, or CHROMIUM_PATH), quiet (no background requests: any request to
 * another host fails the tests), with software WebGL2 where asked.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const quietArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** WebGL2 rendered on the CPU by SwiftShader (no GPU on CI or on this machine). */
export const swiftshaderArgs = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** No WebGL at all: the SVG map must stay and do everything. */
export const noWebglArgs = ['--disable-gpu', '--disable-webgl', '--disable-webgl2'];
