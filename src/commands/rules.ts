import { rules } from '../check/rules/index.js';
import type { Lang } from '../i18n.js';

/** Prints the rules (id, severity, one line) or one rule's full documentation. */
export function runRules(id: string | undefined, lang: Lang): number {
  if (id) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      process.stderr.write(lang === 'en' ? `jusou: no rule "${id}"\n` : `jusou: ルール「${id}」はありません\n`);
      return 2;
    }
    process.stdout.write(`${rule.id} (${rule.severity})\n${rule.description[lang]}\n\n${rule.docs[lang]}\n`);
    return 0;
  }
  for (const r of rules) process.stdout.write(`${r.id.padEnd(20)} ${r.severity.padEnd(8)} ${r.description[lang]}\n`);
  return 0;
}
