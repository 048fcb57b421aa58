import { basename, extname, join, relative, resolve, isAbsolute } from 'node:path';

/**
 * Output names come only from the plan file's basename, reduced to letters, digits, '-' and '_', so that
 * no plan path (`../x.yaml`, a name with `/` or a leading dot) can place a file outside --out.
 */
export function outputName(planFile: string): string {
  const stem = basename(planFile, extname(planFile)).normalize('NFC');
  const safe = stem.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-_]+|[-_]+$/g, '');
  return safe || 'plan';
}

/** One directory name per plan; plans with the same basename in different folders get -2, -3 … */
export function assignOutputNames(files: readonly string[]): Map<string, string> {
  const taken = new Set<string>(['index']);
  const out = new Map<string, string>();
  for (const file of files) {
    const base = outputName(file);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    out.set(file, name);
  }
  return out;
}

/** Joins plain names (no separators, no dot segments) under the output directory; anything else is refused. */
export function outputPath(outDir: string, ...parts: string[]): string {
  for (const part of parts) {
    if (!part || part === '.' || part === '..' || /[/\\\0]/.test(part)) throw new Error(`not a plain file name: ${part}`);
  }
  const root = resolve(outDir);
  const target = resolve(join(root, ...parts));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`output path escapes ${outDir}: ${parts.join('/')}`);
  return target;
}
