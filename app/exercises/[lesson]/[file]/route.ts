import { loadExercises } from '@/lib/exercises/load';

// One small JSON file per exercise, written at build time: its solution and checks stay out of
// the lesson's HTML and scripts, and the browser fetches them on the first Run or Show solution.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadExercises().map((e) => ({ lesson: e.lesson, file: `${e.name}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lesson: string; file: string }> }) {
  const { lesson, file } = await params;
  const exercise = loadExercises().find((e) => e.lesson === lesson && `${e.name}.json` === file);
  if (!exercise) return new Response('No such exercise', { status: 404 });
  return Response.json({ id: exercise.id, solution: exercise.solution, checks: exercise.checks });
}
