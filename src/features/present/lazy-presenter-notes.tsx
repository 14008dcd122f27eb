import type { Model } from '../../data/model';
import { lazyWithRetry } from '../../lib/lazy-with-retry';
import { ChunkError } from '../../components/chunk-error';

/** Only the presenter's second window shows the notes: not in the first view's bundle. */
export const PresenterNotes = lazyWithRetry<{ model: Model }>(
  () => import('./presenter-notes').then((m) => ({ default: m.PresenterNotes })),
  ({ retry }) => (
    <main className="presenter-notes">
      <ChunkError retry={retry} />
    </main>
  ),
);
