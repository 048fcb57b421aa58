import jsYaml, { type LoadOptions } from 'js-yaml';
import type { DataPath, Range } from '../diagnostic.js';
import { aligned, countLines, fastRangeOf, nodeRecorder } from './fast-positions.js';
import type { Target } from './positions.js';
import { fastEligible } from './fast-eligible.js';

export { fastEligible };

/**
 * The plain-data fast path. `yaml`'s parseDocument builds a node tree with source ranges for every
 * node, which costs about fifteen times what js-yaml's load does on these plans (bench/stages.mjs);
 * most plans have no diagnostic, so their positions are never needed. js-yaml turns the text into
 * data only. Positions are computed only for a plan that has a diagnostic, from a second js-yaml
 * read that records where each node is (fastRanges).
 *
 * The scalar types mirror `yaml`'s YAML 1.2 core schema (node_modules/yaml/dist/schema/core), with
 * the same tests and the same conversions, so both parsers produce the same data for the same text.
 * Keys the two stringify differently (null, collections as keys) cannot make a plan look clean:
 * every object in the plan schema is closed, so such a key is an unknown key either way (test/load/
 * fast-parse.test.ts keeps that checked), and a plan with such a key is positioned by the full
 * loader (fast-positions.ts `aligned`), whose message then names the key as the full loader does.
 */
const { Type, FAILSAFE_SCHEMA, load } = jsYaml;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/** Which core type a plain scalar is, looking at its first character before any pattern (most are Japanese text). */
function coreKind(s: string): 'null' | 'bool' | 'int' | 'float' | undefined {
  if (s.length === 0) return 'null';
  const c = s.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return INT.test(s) ? 'int' : FLOAT.test(s) ? 'float' : undefined; // 0-9 + - .
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL.test(s) ? 'null' : undefined; // ~ n N
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL.test(s) ? 'bool' : undefined; // t T f F
  return undefined;
}

/** The conversions of `yaml`'s core schema: parseInt with the same radix, parseFloat, ±Infinity and NaN. */
function coreValue(s: string): unknown {
  switch (coreKind(s)) {
    case 'null': return null;
    case 'bool': return s[0] === 't' || s[0] === 'T';
    case 'int': return s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10);
    default: return /nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s);
  }
}

/** One implicit type for the whole core schema: js-yaml tries each implicit type on every plain scalar. */
const coreType = new Type('tag:yaml.org,2002:core', {
  kind: 'scalar',
  resolve: (s: string) => coreKind(s) !== undefined,
  construct: coreValue,
});
const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({ implicit: [coreType] });

/** The plan's data, or undefined when the text is not for the fast path or js-yaml refuses it. */
export function parseFast(text: string): { data: unknown } | undefined {
  return fastEligible(text) ? parseUnchecked(text) : undefined;
}

/**
 * js-yaml's reading of a text without asking whether it is a fast-path text: its data stands for the
 * plan only once fastEligible(text) has said yes. Split from parseFast so that the pipeline's reader
 * thread can parse while the checking thread runs the eligibility scan (src/batch/pipeline.ts).
 */
export function parseUnchecked(text: string): { data: unknown } | undefined {
  try {
    let warned = false;
    const data = load(text, { schema: CORE_AS_YAML, json: false, onWarning: () => { warned = true; } });
    // No document at all is null for the full loader (which then says the plan is not a mapping).
    return warned ? undefined : { data: data === undefined ? null : data };
  } catch {
    return undefined;
  }
}

/**
 * Source ranges for a fast-path text (one that parseFast accepted), computed only when a diagnostic
 * needs them: the text is read again, this time recording js-yaml's node events (fast-positions.ts).
 */
export function fastRanges(text: string): ((path: DataPath, target?: Target) => Range) | undefined {
  const recorder = nodeRecorder();
  load(text, { schema: CORE_AS_YAML, json: false, listener: recorder.listener } as LoadOptions);
  const root = recorder.root();
  if (!aligned(root)) return undefined; // an empty item or key somewhere: leave the positions to the full loader
  const lineCounter = countLines(text);
  return (path, target) => fastRangeOf(text, lineCounter, root, path, target);
}
