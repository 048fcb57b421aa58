import { readJsonResource } from '../resources.js';

/**
 * Where a key belongs when it is used one level too high: `委託先:` written beside `実施方式:` in a 事業
 * belongs inside 実施方式. Planners copy a key from one block to another; the schema knows its home.
 * Read from schemas/plan.schema.json only when an unknown key has no near spelling (rare).
 */
type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; oneOf?: SchemaNode[]; anyOf?: SchemaNode[] };

let root: SchemaNode | undefined;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  root ??= readJsonResource<SchemaNode>('schemas', 'plan.schema.json');
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  return (root as { $defs?: Record<string, SchemaNode> }).$defs?.[name];
}

/** The properties a value of this schema may have: through $ref, list items and oneOf/anyOf branches. */
function propertiesOf(node: SchemaNode | undefined, depth = 0): string[] {
  const n = resolve(node);
  if (!n || depth > 4) return [];
  const own = Object.keys(n.properties ?? {});
  const nested = [n.items, ...(n.oneOf ?? []), ...(n.anyOf ?? [])].flatMap((b) => (b ? propertiesOf(b, depth + 1) : []));
  return [...own, ...nested];
}

/** The keys allowed here under which `key` is defined (実施方式 for 委託先 in a 事業). */
export function homesOf(key: string, here: Record<string, SchemaNode>): string[] {
  return Object.entries(here).filter(([, schema]) => propertiesOf(schema).includes(key)).map(([name]) => name);
}
