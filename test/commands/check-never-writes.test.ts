import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

it('check leaves every plan byte-identical, with the same mtime, and adds no file to plans/', () => {
  const dir = join(ROOT, 'plans');
  const snapshot = () => readdirSync(dir).map((f) => {
    const p = join(dir, f);
    return { f, mtime: statSync(p).mtimeMs, bytes: statSync(p).isFile() ? readFileSync(p).toString('base64') : '' };
  });
  const before = snapshot();
  const r = runCli(['check', 'plans/']);
  expect(r.code).toBe(0);
  expect(snapshot()).toEqual(before);
});
