import fs from 'node:fs';
import path from 'node:path';

interface Outline {
  modules: { id: string; lessons: string[]; quiz: boolean }[];
}

const outline = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'course.json'), 'utf8')) as Outline;

export const lessonRoutes = outline.modules.flatMap((m) => m.lessons.map((l) => `/learn/${m.id}/${l}/`));
export const quizRoutes = outline.modules.filter((m) => m.quiz).map((m) => `/learn/${m.id}/quiz/`);
export const staticRoutes = ['/', '/playground/', '/glossary/', '/resources/', '/progress/', '/about-the-model/'];
export const allRoutes = [...staticRoutes, ...lessonRoutes, ...quizRoutes];
export const firstLesson = lessonRoutes[0] ?? '/';
