import type { DataPath } from '../diagnostic.js';
import { readJsonResource } from '../resources.js';

/** A JSON Schema node as the plan schema writes them (local $refs, oneOf/anyOf/allOf, properties, items). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

let root: (SchemaNode & { $defs?: Record<string, SchemaNode> }) | undefined;

function schema() {
  root ??= readJsonResource<SchemaNode & { $defs?: Record<string, SchemaNode> }>('schemas', 'plan.schema.json');
  return root;
}

function deref(ref: string): SchemaNode | undefined {
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  return m ? schema().$defs?.[decodeURIComponent(m[1])] : undefined;
}

/** A node with everything it stands for: itself, what it refers to, and each alternative. */
export function expand(node: SchemaNode | undefined, depth = 0): SchemaNode[] {
  if (!node || depth > 8) return [];
  const out = [node];
  if (node.$ref) out.push(...expand(deref(node.$ref), depth + 1));
  for (const alt of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) out.push(...expand(alt, depth + 1));
  return out;
}

/** The schema nodes for a data path (list indexes stand for any item); empty when the path is not in the schema. */
export function schemaAt(path: DataPath): SchemaNode[] {
  let nodes: SchemaNode[] = [schema()];
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const n of nodes.flatMap((x) => expand(x))) {
      if (typeof seg === 'number') { if (n.items) next.push(n.items); } else if (n.properties?.[seg]) next.push(n.properties[seg]);
    }
    if (next.length === 0) return [];
    nodes = next;
  }
  return nodes;
}

/** The first title / description along the node's expansion: a property's own words win over its type's. */
export function describe(nodes: SchemaNode[]): { title?: string; description?: string } {
  const all = nodes.flatMap((n) => expand(n));
  return { title: all.find((n) => n.title)?.title, description: all.find((n) => n.description)?.description };
}

/** The keys a mapping at this path may hold, with their schema. */
export function propertiesAt(path: DataPath): Map<string, SchemaNode> {
  const out = new Map<string, SchemaNode>();
  for (const n of schemaAt(path).flatMap((x) => expand(x))) for (const [k, v] of Object.entries(n.properties ?? {})) if (!out.has(k)) out.set(k, v);
  return out;
}

export function requiredAt(path: DataPath): Set<string> {
  return new Set(schemaAt(path).flatMap((x) => expand(x)).flatMap((n) => n.required ?? []));
}

/** The values a scalar (or the items of a list) at this node may take: its enum, else its examples. */
export function valuesOf(nodes: SchemaNode[]): string[] {
  const all = nodes.flatMap((n) => expand(n));
  const items = all.flatMap((n) => expand(n.items));
  for (const group of [all, items]) {
    const e = group.flatMap((n) => n.enum ?? []);
    if (e.length) return [...new Set(e.map(String))];
  }
  const ex = [...all, ...items].flatMap((n) => n.examples ?? []);
  return [...new Set(ex.map(String))];
}

/** What kind of value a key takes, for the text a completion inserts after it. */
export function shapeOf(nodes: SchemaNode[]): 'object' | 'object-list' | 'list' | 'scalar' {
  const all = nodes.flatMap((n) => expand(n));
  if (all.some((n) => n.type === 'object' || n.properties)) return 'object';
  if (all.some((n) => n.type === 'string')) return 'scalar'; // 「文または箇条」: one sentence is the usual case
  const array = all.find((n) => n.type === 'array');
  if (array) return expand(array.items).some((n) => n.type === 'object' || n.properties) ? 'object-list' : 'list';
  return 'scalar';
}
