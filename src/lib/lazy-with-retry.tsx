import { Component, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { afterNextPaint } from './after-paint';

/** A code chunk that could not be fetched, after every retry. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

let loading = 0;

/**
 * Whether a chunk is on its way, or came and its first frame is not painted yet (read by
 * the end-to-end tests: the network view's table, arriving late under load, moves the
 * camera when it comes).
 */
export function chunksLoading(): boolean {
  return loading > 0;
}

/**
 * Runs `load` (a dynamic import) and, if it fails, tries again after 0.5 s, 1 s...: a chunk
 * can be missing for a moment during a deploy or on a flaky connection. Rejects with a
 * ChunkLoadError once every try has failed.
 */
export async function importWithRetry<T>(
  load: () => Promise<T>,
  { retries = 2, delayMs = 500 }: { retries?: number; delayMs?: number } = {},
): Promise<T> {
  loading += 1;
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await load();
      } catch (error) {
        if (attempt >= retries) throw new ChunkLoadError(error);
        await wait(delayMs * 2 ** attempt);
      }
    }
  } finally {
    // Counted until its first frame is painted; at once where nothing paints (Node).
    if (typeof requestAnimationFrame === 'function') afterNextPaint(() => (loading -= 1));
    else loading -= 1;
  }
}

/** What a lazy component shows when its chunk could not be loaded. */
export type ChunkFallback<P> = ComponentType<P & { error: ChunkLoadError; retry: () => void }>;

type BoundaryProps = { fallback: (error: ChunkLoadError) => ReactNode; children: ReactNode };

/** Catches only a chunk that failed to load; any other error goes on to the app's boundary. */
class ChunkBoundary extends Component<BoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof ChunkLoadError) return this.props.fallback(error);
    throw error;
  }
}

/**
 * Like React.lazy, but the import is retried, and if it still fails the component renders
 * `Fallback` (with the error and a `retry` that tries the chunk again) in its place instead
 * of throwing to the app's error boundary. Wrap it in <Suspense> as usual.
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  Fallback: ChunkFallback<NoInfer<P>> = NoFallback,
  options?: { retries?: number; delayMs?: number },
): ComponentType<P> {
  const make = () => lazy(() => importWithRetry(load, options));
  let Lazy = make();
  function LazyWithRetry(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = make();
      setAttempt((n) => n + 1);
    };
    return (
      <ChunkBoundary
        key={attempt}
        fallback={(error) => <Fallback {...props} error={error} retry={retry} />}
      >
        <Lazy {...props} />
      </ChunkBoundary>
    );
  }
  return LazyWithRetry;
}

function NoFallback() {
  return null;
}

/** A fallback that reports the failure through the component's own onFail (e.g. MapLibre → SVG). */
export function ReportChunkFailure({ onFail }: { onFail: () => void }) {
  useEffect(() => onFail(), [onFail]);
  return null;
}
