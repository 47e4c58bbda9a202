/**
 * Reads an MDX element's props as data at build time, without running the lesson: string props as
 * they are, and `{…}` props when they are literals (objects, arrays, strings, numbers, booleans,
 * null, negative numbers). Anything else is a clear error, since claims and experiments are data.
 */

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

export class PropError extends Error {}

function literal(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      if ((node.expressions as unknown[]).length > 0) throw new PropError('a template string with ${…} is not plain data');
      return quasis.map((q) => q.value.cooked).join('');
    }
    case 'UnaryExpression':
      if (node.operator === '-' && (node.argument as EstreeNode).type === 'Literal') return -(literal(node.argument as EstreeNode) as number);
      break;
    case 'ArrayExpression':
      return (node.elements as (EstreeNode | null)[]).map((e) => (e ? literal(e) : null));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as EstreeNode[]) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') throw new PropError('objects may hold only plain "key: value" pairs');
        const key = p.key as EstreeNode;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        out[name] = literal(p.value as EstreeNode);
      }
      return out;
    }
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
  }
  throw new PropError(`${node.type} is not plain data (write literals only)`);
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The props of an mdxJsx element as plain values; throws PropError naming the prop. */
export function readProps(attributes: JsxAttribute[] | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attr of attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) throw new PropError('spread props ({...x}) are not allowed here');
    const value = attr.value;
    if (value === null || value === undefined) props[attr.name] = true;
    else if (typeof value === 'string') props[attr.name] = value;
    else {
      const estree = (value as { data?: { estree?: { body?: { expression?: EstreeNode }[] } } }).data?.estree;
      const expression = estree?.body?.[0]?.expression;
      if (!expression) throw new PropError(`${attr.name}: an empty {} value`);
      try {
        props[attr.name] = literal(expression);
      } catch (error) {
        throw new PropError(`${attr.name}: ${(error as Error).message}`);
      }
    }
  }
  return props;
}
