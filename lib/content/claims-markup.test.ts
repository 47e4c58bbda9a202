import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';
import { PropError, readProps } from './jsx-props';

const lesson = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

describe('claims and experiments in MDX', () => {
  it('reads a claim\'s props as data when the sentence it quotes is in the paragraph before', async () => {
    const { facts } = await compileLesson(
      lesson('Drag **Keep-alive** down and _Cold starts_ goes up.\n\n<Claim widget="scale-to-zero" preset="sparse-traffic" change={{ keepAlive: 10 }} metric="coldStartFraction" expect="up" says="Cold starts goes up" />\n<Claim widget="scale-to-zero" preset="sparse-traffic" metric="lowestInstances" expect={{ below: 0.5 }} says="Keep-alive down" />'),
      'x.mdx',
    );
    expect(facts.problems).toEqual([]);
    expect(facts.claims.map((c) => c.props)).toEqual([
      { widget: 'scale-to-zero', preset: 'sparse-traffic', change: { keepAlive: 10 }, metric: 'coldStartFraction', expect: 'up', says: 'Cold starts goes up' },
      { widget: 'scale-to-zero', preset: 'sparse-traffic', metric: 'lowestInstances', expect: { below: 0.5 }, says: 'Keep-alive down' },
    ]);
  });

  it('rejects a claim whose words are not in the paragraph before it', async () => {
    const { facts } = await compileLesson(
      lesson('Instances fall to zero.\n\n<Claim widget="scale-to-zero" preset="sparse-traffic" metric="lowestInstances" expect={{ below: 0.5 }} says="Cold starts vanish" />'),
      'x.mdx',
    );
    expect(facts.problems).toEqual([{ field: '<Claim> says', message: '"Cold starts vanish" is not in the paragraph just before the claim', line: 7 }]);
  });

  it('rejects an experiment prop that is code rather than data', async () => {
    const { facts } = await compileLesson(lesson('<Experiment id="a" widget="cost" preset="steady" metric="cost" question="Q" explain="E" change={{ rate: Math.PI }} />'), 'x.mdx');
    expect(facts.problems[0]?.field).toBe('<Experiment>');
    expect(facts.problems[0]?.message).toMatch(/^change: MemberExpression is not plain data/);
  });

  it('reads literals: nested objects, arrays, negative numbers, booleans', () => {
    const attr = (name: string, source: string, expression: unknown) => ({ type: 'mdxJsxAttribute', name, value: { value: source, data: { estree: { body: [{ expression }] } } } });
    const lit = (value: unknown) => ({ type: 'Literal', value });
    const props = readProps([
      { type: 'mdxJsxAttribute', name: 'id', value: 'x' },
      { type: 'mdxJsxAttribute', name: 'flag', value: null },
      attr('n', '-2', { type: 'UnaryExpression', operator: '-', argument: lit(2) }),
      attr('list', '[1]', { type: 'ArrayExpression', elements: [lit(1)] }),
    ]);
    expect(props).toEqual({ id: 'x', flag: true, n: -2, list: [1] });
    expect(() => readProps([{ type: 'mdxJsxExpressionAttribute' }])).toThrow(PropError);
  });
});
