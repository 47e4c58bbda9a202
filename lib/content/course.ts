import { lessonExercises } from '../exercises/load';
import { lessonMeta, loadOutline } from './load';
import { lessonHref, quizHref } from './outline';

export interface CourseLesson {
  key: string;
  slug: string;
  href: string;
  title: string;
  summary: string;
  comingSoon: boolean;
  /** Progress keys of the lesson's experiments, "module/lesson/experimentId". */
  experimentKeys: string[];
  /** Ids of the lesson's Python exercises, "lesson/name" (the content check makes sure each is on the page). */
  exerciseIds: string[];
}

export interface CourseModuleView {
  id: string;
  index: number;
  title: string;
  summary: string;
  lessons: CourseLesson[];
  quizHref?: string;
}

/** The outline with each lesson's title and summary, for the home page and the sidebar. */
export function getCourse(): CourseModuleView[] {
  return loadOutline().modules.map((mod, index) => ({
    id: mod.id,
    index,
    title: mod.title,
    summary: mod.summary,
    quizHref: mod.quiz ? quizHref(mod.id) : undefined,
    lessons: mod.lessons.map((slug) => {
      const meta = lessonMeta(mod.id, slug);
      return {
        key: `${mod.id}/${slug}`,
        slug,
        href: lessonHref(mod.id, slug),
        title: meta.title,
        summary: meta.summary,
        comingSoon: meta.status === 'coming-soon',
        experimentKeys: meta.experiments.map((id) => `${mod.id}/${slug}/${id}`),
        exerciseIds: [...lessonExercises(slug).values()].filter((e) => e.moduleId === mod.id).map((e) => e.id),
      };
    }),
  }));
}
