'use client';

import type { QuizView } from '@/lib/quiz/schema';
import { useProgress } from '@/components/progress/use-progress';
import { passMark } from './score';
import { QuestionView } from './question-view';
import { Results } from './results';
import { primaryButton } from './styles';
import { useQuiz } from './use-quiz';

/** The quiz island: intro with earlier results, the questions, then the results and review. */
export function Quiz({ view, next }: { view: QuizView; next?: { href: string; title: string } }) {
  const quiz = useQuiz(view);
  const { attempt, current } = quiz;

  if (!attempt) return <Intro view={view} onStart={quiz.start} />;
  if (attempt.finished) return <Results moduleId={view.moduleId} attempt={attempt} byId={quiz.byId} next={next} onRetry={quiz.retry} />;
  if (!current) return null;
  return (
    <QuestionView
      // A fresh view per question and attempt: no feedback or nudge carries over.
      key={`${attempt.number}-${current.id}`}
      attempt={attempt}
      q={current}
      onRespond={(r) => quiz.respond(current.id, r)}
      onCheck={quiz.check}
      grading={quiz.grading === current.id}
      gradingError={quiz.gradingError}
      onGo={quiz.go}
      onFinish={quiz.finish}
    />
  );
}

function Intro({ view, onStart }: { view: QuizView; onStart: () => void }) {
  const record = useProgress().progress.quizzes[view.moduleId];
  const challenges = view.questions.filter((q) => q.type === 'challenge').length;
  return (
    <section aria-labelledby="intro-heading" className="rounded-xl border border-line bg-bg-raised p-6 shadow-sm">
      <h2 id="intro-heading" className="text-xl font-bold">
        {view.questions.length} questions · pass mark {Math.round(passMark * 100)} %
      </h2>
      {view.intro && <p className="mt-2 text-muted">{view.intro}</p>}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        <li>Answer, then press Check: you see at once whether you were right, and why.</li>
        <li>Move back and forth with Previous and Next; the end shows your score and a review of every question.</li>
        {challenges > 0 && (
          <li>
            {challenges === 1 ? 'One question is a simulation challenge' : `${challenges} questions are simulation challenges`}: work out a setting and
            press Check; the simulation then shows how your setting, and every other, meets the goal.
          </li>
        )}
      </ul>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button type="button" onClick={onStart} className={primaryButton}>
          {record ? 'Take the quiz again' : 'Start the quiz'}
        </button>
        {record && (
          <p className="text-sm" data-testid="quiz-record">
            Your best: <strong>{Math.round(record.best * 100)} %</strong>
            {record.passed ? ' (passed)' : ''} · last: {Math.round(record.last * 100)} % · {record.attempts}{' '}
            {record.attempts === 1 ? 'attempt' : 'attempts'}
          </p>
        )}
      </div>
    </section>
  );
}
