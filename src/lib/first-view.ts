/**
 * The page's first view: the map drawn, or the screen shown instead (a load error, the
 * presenter's notes window). Work that must not compete with it for the network or the
 * main thread — the service worker's registration and its precaching — waits for it.
 */
let shown = false;
const waiting: (() => void)[] = [];

export function firstViewShown(): void {
  if (shown) return;
  shown = true;
  for (const work of waiting.splice(0)) work();
}

export function afterFirstView(work: () => void): void {
  if (shown) work();
  else waiting.push(work);
}
