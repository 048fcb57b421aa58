import { dirname, resolve } from 'node:path';
import { probeImage, resolveImage, type ImageProbe } from '../load/image.js';

/** A file outside the plan that a check result depends on, and what the check saw of it. */
export interface Dependency { path: string; state: string }

/** What a cached result must compare: the verdict itself, so any change that could alter a finding is seen. */
export function imageState(path: string): string {
  return JSON.stringify(probeImage(path));
}

/**
 * The files a plan refers to (図.画像), seen from the plan's own folder. Rules look at them only through
 * this, so every file a result depends on is recorded, and the cache (src/batch/cache.ts) can tell
 * when a changed or deleted image makes a stored result stale.
 */
export class PlanFiles {
  private readonly seen = new Map<string, string>();

  constructor(readonly dir: string) {}

  /** The plan's folder for a plan file; for a name that is no file (standard input) there is none. */
  static forPlan(file: string): PlanFiles {
    return new PlanFiles(dirname(resolve(file)));
  }

  probeImage(written: string): ImageProbe {
    const path = resolveImage(this.dir, written);
    const probe = probeImage(path, written);
    this.seen.set(path, JSON.stringify(probe));
    return probe;
  }

  dependencies(): Dependency[] {
    return [...this.seen].map(([path, state]) => ({ path, state }));
  }
}
