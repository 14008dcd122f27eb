import { lazy, Suspense } from 'react';
import type { Model } from '../../data/model';
import type { GeoView } from '../../geo/view';
import { useAppStore } from '../../store/store';

// The table, matrix and downloads are a chunk of their own, fetched when first opened.
const View = lazy(() => import('./network-view'));

export function NetworkView({ model, geo }: { model: Model; geo: GeoView }) {
  const open = useAppStore((s) => s.overview !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <View model={model} geo={geo} />
    </Suspense>
  );
}
