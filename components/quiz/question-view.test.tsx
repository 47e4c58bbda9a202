import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion, QuizView } from '@/lib/quiz/schema';
import { Quiz } from './quiz';

const why = (what: string) => `Because of ${what}, as the lesson shows.`;
const common = (id: string, prompt: string) => ({ id, prompt, lesson: 'm/l#h', tests: 'understanding' as const, link: { href: '/learn/m/l/#h', label: 'The lesson' } });

const questions: QuizQuestion[] = [
  {
    ...common('pick', 'Which one scales to zero?'),
    type: 'single',
    options: [
      { id: 'fn', text: 'A function', correct: true, explanation: why('functions') },
      { id: 'vm', text: 'A virtual machine', correct: false, explanation: why('machines') },
    ],
  },
  { ...common('count', 'How many instances?'), type: 'numeric', answer: 12, tolerance: 0, unit: 'instances', explanation: why('arithmetic') },
  {
    ...common('steps', 'Put the phases in order.'),
    type: 'ordering',
    items: ['Init', 'Invoke', 'Shutdown'].map((text) => ({ id: text.toLowerCase(), text, explanation: why(text) })),
    explanation: why('the lifecycle'),
  },
];
const view: QuizView = { moduleId: 'm', moduleTitle: 'Module', questions };

/** The question on screen, found as a learner reads it: by its prompt, the legend of its group. */
function shown(): { q: QuizQuestion; group: HTMLElement } {
  const group = screen.getByRole('group');
  const q = questions.find((x) => group.textContent?.startsWith(x.prompt));
  if (!q) throw new Error(`no question on screen: ${group.textContent}`);
  return { q, group };
}

async function startQuiz() {
  const user = userEvent.setup();
  render(<Quiz view={view} />);
  await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
  return user;
}

/** Next, until the question of that type is on screen (the order is shuffled per attempt). */
async function goTo(user: ReturnType<typeof userEvent.setup>, type: QuizQuestion['type']) {
  for (let i = 0; i < questions.length && shown().q.type !== type; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(shown().q.type).toBe(type);
}

describe('a quiz question, as a learner answers it', () => {
  it('moves focus to the question, then to the feedback after Check, then to the next question', async () => {
    const user = await startQuiz();
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBe(document.activeElement);
    await goTo(user, 'single');
    const heading = screen.getByRole('heading', { name: /^Question \d of 3$/ });
    expect(heading).toBe(document.activeElement);
    const number = Number(/Question (\d)/.exec(heading.textContent ?? '')?.[1]);

    // Checking nothing says so, and keeps the question open.
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toBe('Choose an answer first.');
    expect(screen.queryByTestId('feedback')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'A function' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const feedback = screen.getByTestId('feedback');
    expect(document.activeElement).toBe(feedback);
    expect(feedback.textContent).toContain('Correct.');
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
    expect(screen.getByText('1 checked')).toBeTruthy();
    // Once checked, the answer is locked, and every option says why.
    for (const radio of screen.getAllByRole('radio')) expect(radio.matches(':disabled')).toBe(true);
    expect(screen.getByText('Your answer, and right.')).toBeTruthy();

    const way = number === 3 ? 'Previous' : 'Next';
    await user.click(screen.getByRole('button', { name: way }));
    expect(screen.getByRole('heading', { name: `Question ${number === 3 ? 2 : number + 1} of 3` })).toBe(document.activeElement);
    // Coming back shows the checked answer without taking focus from the heading.
    await user.click(screen.getByRole('button', { name: way === 'Next' ? 'Previous' : 'Next' }));
    expect(screen.getByRole('heading', { name: `Question ${number} of 3` })).toBe(document.activeElement);
    expect(screen.getByTestId('feedback').textContent).toContain('Correct.');
  });

  it('a wrong answer shows the right one and why', async () => {
    const user = await startQuiz();
    await goTo(user, 'numeric');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), '4,5');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const feedback = screen.getByTestId('feedback');
    expect(feedback.textContent).toContain('Not quite.');
    expect(feedback.textContent).toContain('The right answer: 12 instances');
    expect(feedback.textContent).toContain(why('arithmetic'));
    expect(within(feedback).getByRole('link', { name: 'The lesson' }).getAttribute('href')).toMatch(/^\/learn\/m\/l\/?#h$/);
  });

  it('moves an ordering item with the keyboard, step by step, and says where it went', async () => {
    const user = await startQuiz();
    await goTo(user, 'ordering');
    const [down] = within(shown().group).getAllByRole('button', { name: /^Move .* down$/ });
    const top = /^Move (.*) down$/.exec(down?.getAttribute('aria-label') ?? '')?.[1] ?? '';
    down?.focus();
    await user.keyboard('{Enter}');
    expect(within(shown().group).getAllByRole('listitem')[1]?.textContent).toContain(top);
    expect(screen.getByText(`${top} moved to position 2 of 3.`)).toBeTruthy();
    // Focus stays with the item, so pressing again keeps moving it; at the end the button stays in the tab order.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move ${top} down`));
    await user.keyboard('{Enter}');
    expect(within(shown().group).getAllByRole('listitem')[2]?.textContent).toContain(top);
    expect(screen.getByText(`${top} moved to position 3 of 3.`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true'));
    await user.keyboard('{Enter}');
    expect(within(shown().group).getAllByRole('listitem')[2]?.textContent).toContain(top);
  });

  it('finishing with questions unchecked asks first; the learner can go back or see results anyway', async () => {
    const user = await startQuiz();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'See results' }));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Questions 1, 2 and 3 are not checked yet and will count as wrong.');
    expect(screen.queryByTestId('results')).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Go to question 1' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBe(document.activeElement);
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'See results' }));
    await user.click(screen.getByRole('button', { name: 'See results anyway' }));
    expect(screen.getByRole('heading', { name: 'Your score: 0 %' })).toBe(document.activeElement);
    expect(screen.getAllByTestId('review-item')).toHaveLength(3);
    expect(JSON.parse(localStorage.getItem('scale-to-zero:progress') ?? '{}').quizzes?.m).toMatchObject({ attempts: 1, best: 0 });
  });

  it('is keyboard-driven: Tab reaches the options, Space picks one, Enter checks it', async () => {
    const user = await startQuiz();
    await goTo(user, 'single');
    screen.getByRole('heading', { name: /^Question \d of 3$/ }).focus();
    await user.tab();
    expect(document.activeElement?.getAttribute('type')).toBe('radio');
    await user.keyboard(' ');
    expect(screen.getAllByRole('radio').filter((r) => r instanceof HTMLInputElement && r.checked)).toHaveLength(1);
    screen.getByRole('button', { name: 'Check' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('feedback'));
  });
});
