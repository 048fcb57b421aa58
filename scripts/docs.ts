// `npm run docs`: regenerates docs/rules.md from the rules' metadata.
import { rulesMarkdown } from '../src/report/rules-doc.js';
import { resourcePath } from '../src/resources.js';
import { writeFileAtomic } from '../src/write.js';

const target = resourcePath('docs', 'rules.md');
await writeFileAtomic(target, rulesMarkdown());
process.stdout.write(`wrote ${target}\n`);
