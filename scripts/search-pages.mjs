// Which pages of the export the site search must index: every lesson (published or coming soon),
// every module quiz, and the glossary. Paths end with a slash, as the export's directories do.
import fs from 'node:fs';

/** @param {string} courseFile path to content/course.json @returns {string[]} */
export function expectedSearchPages(courseFile) {
  /** @type {{ modules: { id: string; lessons: string[]; quiz?: boolean }[] }} */
  const course = JSON.parse(fs.readFileSync(courseFile, 'utf8'));
  return [
    ...course.modules.flatMap((m) => [...m.lessons.map((l) => `/learn/${m.id}/${l}/`), ...(m.quiz ? [`/learn/${m.id}/quiz/`] : [])]),
    '/glossary/',
  ];
}
