import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { probeImage, resolveImage, type ImageProbe } from '../load/image.js';
import { inspectSvg } from '../render/svg.js';

/** A file outside the plan that a check result depends on, and what the check saw of it. */
export interface Dependency { path: string; state: string }

/**
 * What check sees of an image: the verdict on the file, and for an SVG what render will take out of
 * it (scripts, event attributes, external references: src/render/svg.ts), so a planner hears of it.
 */
export interface ImageInspection { probe: ImageProbe; removed: string[] }

export function inspectImage(path: string, written = path): ImageInspection {
  const probe = probeImage(path, written); // a PNG or JPEG: its head only
  if (!probe.ok || probe.kind !== 'svg') return { probe, removed: [] };
  try {
    return { probe, removed: inspectSvg(readFileSync(path, 'utf8')).removed };
  } catch {
    return { probe, removed: [] }; // gone since the probe: the next look reports it
  }
}

/** What a cached result must compare: the inspection itself, so any change that could alter a finding is seen. */
export function imageState(path: string): string {
  return JSON.stringify(inspectImage(path));
}

/**
 * The files a plan refers to (図.画像), seen from the plan's own folder. Rules look at them only through
 * this, so every file a result depends on is recorded, and the cache (src/batch/cache.ts) can tell
 * when a changed or deleted image makes a stored result stale.
 */
export class PlanFiles {
  private readonly seen = new Map<string, string>();

  constructor(readonly dir: string) {}

  /** The plan file's folder. */
  static forPlan(file: string): PlanFiles {
    return new PlanFiles(dirname(resolve(file)));
  }

  inspectImage(written: string): ImageInspection {
    const path = resolveImage(this.dir, written);
    const inspection = inspectImage(path, written);
    this.seen.set(path, JSON.stringify(inspection));
    return inspection;
  }

  dependencies(): Dependency[] {
    return [...this.seen].map(([path, state]) => ({ path, state }));
  }
}
