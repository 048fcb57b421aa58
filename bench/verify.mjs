/**
 * The benchmark checks its own result before it reports a time: a fast wrong answer is worthless.
 * Exactly the plans with an injected defect must have errors, with the rule that defect calls for,
 * and every other plan must have no diagnostic at all.
 */
const EXPECTED_RULE = {
  'missing-mandated': 'mandated-codes',
  'bad-check-digit': 'municipality-code',
  'unknown-key': 'unknown-key',
  'non-canonical-code': 'code-form',
  'duplicate-key': 'duplicate-key',
};

/** Returns a one-line verdict; throws when the check result is wrong, so no figure is printed for it. */
export function verifyCorpusResult(manifest, jsonOutput) {
  const diagnostics = JSON.parse(jsonOutput);
  const byFile = new Map();
  for (const d of diagnostics) {
    const name = d.file.split(/[\\/]/).pop();
    if (!byFile.has(name)) byFile.set(name, []);
    byFile.get(name).push(d);
  }
  const problems = [];
  for (const p of manifest) {
    const found = byFile.get(p.file.split('/').pop()) ?? [];
    if (!p.defect && found.length) problems.push(`${p.file}: unexpected ${found.map((d) => d.rule).join(', ')}`);
    if (p.defect && !found.some((d) => d.severity === 'error' && d.rule === EXPECTED_RULE[p.defect])) problems.push(`${p.file}: ${p.defect} not reported as ${EXPECTED_RULE[p.defect]}`);
    if (found.some((d) => d.line < 1)) problems.push(`${p.file}: a diagnostic without a position`);
  }
  if (problems.length) throw new Error(`the check result is wrong:\n${problems.slice(0, 20).join('\n')}`);
  const defective = manifest.filter((p) => p.defect).length;
  return `ok — ${defective} defective plans reported with the expected rule, ${manifest.length - defective} clean plans without any diagnostic, ${diagnostics.length} diagnostics, all positioned`;
}
