import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Compiles src/ to lib/ so that tests of the real command line run the current code. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  // As `npm run compile`: the prebuilt schema validator ships in lib/ beside the compiled code.
  execFileSync(process.execPath, [join(root, 'scripts', 'build-validator.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
