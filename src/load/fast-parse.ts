import jsYaml from 'js-yaml';
import { findFullWidthIndent, flowDepthFinding, blockDepthFinding } from './parse.js';

/**
 * The plain-data fast path. `yaml`'s parseDocument builds a node tree with source ranges for every
 * node, which costs about eight times what js-yaml's load does on these plans (bench/parsers.mjs);
 * most plans have no diagnostic, so their positions are never needed. js-yaml turns the text into
 * data only; when the check then finds anything, the caller redoes the file with the full loader,
 * so every reported diagnostic comes from the one positioned pipeline.
 *
 * The scalar types mirror `yaml`'s YAML 1.2 core schema (node_modules/yaml/dist/schema/core), with
 * the same tests and the same conversions, so both parsers produce the same data for the same text.
 */
const { Type, FAILSAFE_SCHEMA, load } = jsYaml;

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(s),
  construct: (s: string) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
});

/** Order as in `yaml`'s core schema: null, bool, int (oct, dec, hex), float (nan/inf, exp, fixed). */
const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Anything the fast path might read differently from the full loader, or that the full loader
 * reports on: anchors and aliases (an alias bomb must meet the alias limit), tags, directives, merge
 * keys, tabs, lone carriage returns, prototype keys, control characters, full-width indentation and
 * deep nesting.
 */
const NOT_PLAIN = /[&*!%\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/;

export function fastEligible(text: string): boolean {
  if (text.trim() === '' || NOT_PLAIN.test(text) || text.includes('<<') || text.includes('__proto__')) return false;
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return false; // a lone CR: the two parsers disagree on it
  return findFullWidthIndent(text, 'ja').length === 0 && !flowDepthFinding(text, 'ja') && !blockDepthFinding(text, 'ja');
}

/** The plan's data, or undefined when the text is not for the fast path or js-yaml refuses it. */
export function parseFast(text: string): { data: unknown } | undefined {
  if (!fastEligible(text)) return undefined;
  try {
    let warned = false;
    const data = load(text, { schema: CORE_AS_YAML, json: false, onWarning: () => { warned = true; } });
    return warned ? undefined : { data };
  } catch {
    return undefined;
  }
}
