import { SourceMap } from 'node:module';
import { getMDXComponent } from 'mdx-bundler/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppRouterContext, type AppRouterInstance } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { lessonComponents } from '@/components/mdx';
import { compileLesson } from './compile';

// Links call useRouter(), which throws outside Next's app router; at build time nothing navigates.
const idle = () => undefined;
const staticRouter: AppRouterInstance = { back: idle, forward: idle, refresh: idle, push: idle, replace: idle, prefetch: idle, bfcacheId: 'content-check' };

/**
 * A compiled lesson evaluated and rendered as its page does (app/learn/[module]/[lesson]): the
 * same getMDXComponent and the same component map, to static HTML. An expression that throws
 * (`{(void 0).x}`, `<widget.chart />`) throws here as it would in `next build`.
 */
export function renderLesson(code: string, lessonKey: string): string {
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(
    <AppRouterContext.Provider value={staticRouter}>
      <Content components={lessonComponents(lessonKey)} />
    </AppRouterContext.Provider>,
  );
}

/**
 * Renders the lesson; if that throws, names the file and, where the error comes from the MDX
 * itself, its line. The line is found by compiling again with a source map (only then, so a
 * lesson that renders costs one compile) and mapping the stack's position back to the MDX.
 */
export async function renderProblem(lesson: { file: string; code: string; moduleId: string; slug: string }, source: string): Promise<string | undefined> {
  const key = `${lesson.moduleId}/${lesson.slug}`;
  try {
    renderLesson(lesson.code, key);
    return undefined;
  } catch (error) {
    const line = await errorLine(source, lesson.file, key);
    return `${lesson.file}${line ? `:${line}` : ''}: body: does not render: ${messageOf(error)}`;
  }
}

async function errorLine(source: string, file: string, key: string): Promise<number | undefined> {
  const { code } = await compileLesson(source, file, { sourceMap: true });
  try {
    renderLesson(code, key);
    return undefined;
  } catch (error) {
    const frame = /<anonymous>:(\d+):(\d+)/.exec(error instanceof Error ? (error.stack ?? '') : '');
    const map = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(code)?.[1];
    if (!frame || !map) return undefined;
    // getMDXComponent runs the code through new Function, whose source starts with two lines of
    // its own ("function anonymous(…" and ") {"), as the language defines it.
    const entry = new SourceMap(JSON.parse(Buffer.from(map, 'base64').toString('utf8'))).findEntry(Number(frame[1]) - 3, Number(frame[2]) - 1);
    return 'originalSource' in entry && entry.originalSource.endsWith('.mdx') ? entry.originalLine + 1 : undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
