import { lazy, Suspense, useEffect, useState } from 'react';
import type { Model } from '../../data/model';
import { useAppStore } from '../../store/store';
import { afterNextPaint } from '../../lib/after-paint';

const Panel = lazy(() => import('./region-panel').then((m) => ({ default: m.RegionPanel })));

/**
 * The side panel, with its code in its own chunk: fetched once the first view has been
 * painted (or at once when a link opens the page on a selection), so it is there before
 * the first click but not on the first view's path. Once loaded it stays mounted, so it
 * can move focus back when it closes.
 */
export function RegionPanel({ model }: { model: Model }) {
  const open = useAppStore((s) => Boolean(s.selection.region || s.selection.link));
  const [armed, setArmed] = useState(open);
  useEffect(() => afterNextPaint(() => setArmed(true)), []);
  if (!armed && !open) return null;
  return (
    <Suspense fallback={null}>
      <Panel model={model} />
    </Suspense>
  );
}
