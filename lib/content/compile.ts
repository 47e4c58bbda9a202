import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypePrettyCode from 'rehype-pretty-code';
import { emptyFacts, rehypeHeadings, rehypeTableLabels, remarkLessonFacts, type LessonFacts } from './plugins';

/**
 * THE ONE PLACE MDX IS COMPILED, at build time only. The output is code that the lesson page
 * evaluates on the server; never feed this untrusted MDX.
 */
export async function compileLesson(source: string, file: string, { sourceMap = false } = {}): Promise<{ code: string; facts: LessonFacts }> {
  const facts = emptyFacts();
  const { code } = await bundleMDX({
    source,
    cwd: process.cwd(),
    // Errors are rethrown below with the file name; esbuild's own printout would say it twice.
    esbuildOptions(options) {
      options.logLevel = 'silent';
      // Only the content check asks for one, to turn a render error's position into a line of the MDX.
      if (sourceMap) Object.assign(options, { sourcemap: 'inline', sourcesContent: false });
      return options;
    },
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkLessonFacts(facts)];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        rehypeHeadings(facts),
        rehypeTableLabels,
        [rehypePrettyCode, { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, keepBackground: false, defaultLang: 'plaintext' }],
      ];
      return options;
    },
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: body: MDX does not compile: ${message}`);
  });
  return { code, facts };
}
