import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import { mdxComponentNames, requiredProps } from './allowed';
import { PropError, readProps } from './jsx-props';
import { parseSweepChart } from './sweep-chart-props';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** What compiling a lesson found, for the page (toc) and for the content check (links, terms). */
export interface LessonFacts {
  toc: TocEntry[];
  links: { href: string; line: number }[];
  terms: { id: string; line: number }[];
  components: string[];
  /** <Claim> and <Experiment> props as data, for the claims check and the progress counts. */
  claims: { props: Record<string, unknown>; line: number }[];
  experiments: { props: Record<string, unknown>; line: number }[];
  /** <PythonExercise name="…"> elements, for the check that each names a folder of the lesson. */
  problems: { field: string; message: string; line: number }[];
}

export const emptyFacts = (): LessonFacts => ({ toc: [], links: [], terms: [], components: [], claims: [], experiments: [], problems: [] });

// Sentences are compared as plain text: emphasis and line breaks in the prose do not matter.
const plain = (text: string) => text.replace(/\s+/g, ' ').replace(/[*_`]/g, '').trim().toLowerCase();

interface JsxAttr {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttr[];
  position?: { start: { line: number } };
}

/** Checks the MDX tree: only registered components, with their required props; records links and terms. */
export function remarkLessonFacts(facts: LessonFacts) {
  const allowed = new Set<string>(mdxComponentNames);
  return () => (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      const n = node as unknown as JsxNode & { url?: string };
      const line = n.position?.start.line ?? 0;
      if (n.type === 'link' && typeof n.url === 'string') facts.links.push({ href: n.url, line });
      if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
      const name = n.name ?? '';
      if (!/^[A-Z]/.test(name)) {
        if (name === 'a') {
          const href = n.attributes?.find((a) => a.name === 'href')?.value;
          if (typeof href === 'string') facts.links.push({ href, line });
        }
        return;
      }
      if (!allowed.has(name)) {
        facts.problems.push({ field: `<${name}>`, message: `unknown component; lessons may use ${mdxComponentNames.join(', ')}`, line });
        return;
      }
      facts.components.push(name);
      const attrs = new Map((n.attributes ?? []).filter((a) => a.name).map((a) => [a.name as string, a.value]));
      for (const [prop, values] of Object.entries(requiredProps[name] ?? {})) {
        const value = attrs.get(prop);
        if (typeof value !== 'string' || value === '') {
          facts.problems.push({ field: `<${name}> ${prop}`, message: 'required (a plain string)', line });
        } else if (values !== 'any' && !values.includes(value)) {
          facts.problems.push({ field: `<${name}> ${prop}`, message: `"${value}" is not one of ${values.join(', ')}`, line });
        }
      }
      const id = attrs.get('id');
      if (name === 'Term' && typeof id === 'string') facts.terms.push({ id, line });
      if (name !== 'Claim' && name !== 'Experiment' && name !== 'SweepChart') return;
      let props: Record<string, unknown>;
      try {
        props = readProps(n.attributes as Parameters<typeof readProps>[0]);
      } catch (error) {
        if (!(error instanceof PropError)) throw error;
        facts.problems.push({ field: `<${name}>`, message: error.message, line });
        return;
      }
      if (name === 'Experiment') {
        facts.experiments.push({ props, line });
        return;
      }
      if (name === 'SweepChart') {
        for (const problem of parseSweepChart(props).problems) facts.problems.push({ field: '<SweepChart>', message: problem, line });
        return;
      }
      // A claim backs the words it quotes, which must be in the paragraph just before it.
      // Several claims may follow one paragraph.
      let at = typeof index === 'number' ? index - 1 : -1;
      while (at >= 0 && (parent?.children[at] as unknown as JsxNode | undefined)?.name === 'Claim') at--;
      const previous = at >= 0 ? parent?.children[at] : undefined;
      const says = typeof props.says === 'string' ? plain(props.says) : '';
      if (!previous || previous.type !== 'paragraph' || !says || !plain(mdastToString(previous)).includes(says)) {
        facts.problems.push({ field: '<Claim> says', message: `"${String(props.says)}" is not in the paragraph just before the claim`, line });
        return;
      }
      facts.claims.push({ props, line });
    });
  };
}

/** Collects h2/h3 for the table of contents and appends a visible-on-focus anchor link to each. */
export function rehypeHeadings(facts: LessonFacts) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const text = toString(node).trim();
      facts.toc.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['heading-anchor'], ariaLabel: `Link to this section: ${text}` },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}

/**
 * Names each table after its column headings: the scroll wrapper is a labelled region, and axe
 * wants every region's name to differ ("Table" twice on a page fails landmark-unique).
 */
export function rehypeTableLabels() {
  return (tree: HastRoot) => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'table') return;
      const headers: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headers.push(toString(cell).trim());
      });
      const base = headers.length ? `Table: ${headers.join(', ')}` : 'Table';
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      node.properties = { ...node.properties, dataLabel: count > 1 ? `${base} (${count})` : base };
    });
  };
}
