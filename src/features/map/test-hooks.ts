import type { Project } from './renderer';

declare global {
  interface Window {
    /** Read by the end-to-end tests and the benchmark: where a place is on screen now. */
    __regionMap?: { project: Project; renderer: string; lastMove: number; moves: number };
  }
}

export function exposeTestHooks(project: Project, renderer: string): void {
  window.__regionMap = {
    project,
    renderer,
    lastMove: performance.now(),
    moves: (window.__regionMap?.moves ?? 0) + 1,
  };
}
