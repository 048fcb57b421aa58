// `npm run docs`: regenerates docs/rules.md from the rules' metadata, and docs/export.md from the export tables.
import { exportMarkdown } from '../src/export/doc.js';
import { rulesMarkdown } from '../src/report/rules-doc.js';
import { resourcePath } from '../src/resources.js';
import { writeFileAtomic } from '../src/write.js';

const target = resourcePath('docs', 'rules.md');
await writeFileAtomic(target, rulesMarkdown());
process.stdout.write(`wrote ${target}\n`);

const exportDoc = resourcePath('docs', 'export.md');
await writeFileAtomic(exportDoc, exportMarkdown());
process.stdout.write(`wrote ${exportDoc}\n`);
