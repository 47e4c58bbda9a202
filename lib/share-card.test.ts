import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFile, lessonMeta, loadOutline } from './content/load';
import { checkDrawable } from './share-card';

describe('checkDrawable', () => {
  it('passes Latin text with typographic punctuation', () => {
    expect(checkDrawable('Scale to zero — “keep-alive” costs €0.10…', 'x')).toBe('Scale to zero — “keep-alive” costs €0.10…');
  });

  it('fails naming where the text came from and the characters the card cannot draw', () => {
    expect(() => checkDrawable('Cold starts 🚀 ≈ 1 s', 'content/lessons/m/cold-starts.mdx frontmatter.title')).toThrow(
      /^content\/lessons\/m\/cold-starts\.mdx frontmatter\.title: "🚀≈" cannot be drawn on the share card/,
    );
  });

  it('can draw every title and summary the course has now', () => {
    for (const [i, mod] of loadOutline().modules.entries()) {
      checkDrawable(mod.title, `content/course.json modules.${i}.title`);
      checkDrawable(mod.summary, `content/course.json modules.${i}.summary`);
      for (const slug of mod.lessons) {
        const meta = lessonMeta(mod.id, slug);
        const file = path.relative(process.cwd(), lessonFile(mod.id, slug));
        checkDrawable(meta.title, `${file} frontmatter.title`);
        checkDrawable(meta.summary, `${file} frontmatter.summary`);
      }
    }
  });
});
