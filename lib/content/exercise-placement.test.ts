import { describe, expect, it } from 'vitest';
import { checkExercisePlacement } from './check';
import { emptyFacts } from './plugins';
import { compileLesson } from './compile';

const lesson = (exercises: { name: string; line: number }[]) => ({
  file: 'content/lessons/python-toolbox/http-server.mdx',
  moduleId: 'python-toolbox',
  slug: 'http-server',
  facts: { ...emptyFacts(), exercises },
});

describe('<PythonExercise> placement', () => {
  it('passes when each folder of the lesson is on its page once', () => {
    expect(checkExercisePlacement([lesson([{ name: 'health-check', line: 3 }])])).toEqual([]);
  });

  it('names the file and line of an unknown exercise, and a folder left off the page', () => {
    expect(checkExercisePlacement([lesson([{ name: 'health-chek', line: 7 }])])).toEqual([
      'content/lessons/python-toolbox/http-server.mdx:7: <PythonExercise> name: "health-chek" is not a folder of content/lessons/python-toolbox/http-server.exercises/ (it has health-check)',
      'content/lessons/python-toolbox/http-server.mdx: <PythonExercise> name: the exercise "health-check" is not on the page (add <PythonExercise name="health-check" />)',
    ]);
  });

  it('refuses the same exercise twice on a page', () => {
    const errors = checkExercisePlacement([lesson([{ name: 'health-check', line: 3 }, { name: 'health-check', line: 9 }])]);
    expect(errors).toEqual(['content/lessons/python-toolbox/http-server.mdx:9: <PythonExercise> name: "health-check" is on this page twice']);
  });

  it('is fed by the compiler, which records each name with its line', async () => {
    const { facts } = await compileLesson('---\ntitle: x\n---\n\nText.\n\n<PythonExercise name="health-check" />\n', 'x.mdx');
    expect(facts.exercises).toEqual([{ name: 'health-check', line: 7 }]);
  });
});
