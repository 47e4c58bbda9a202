/** Queueing closed forms the engine is checked against (test helpers, not engine code). */

/** Erlang B: loss probability of M/G/c/c with offered load a = λ·E[S] (stable recursion). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: probability an arrival waits in M/M/c with offered load a < c. */
export function erlangC(c: number, a: number): number {
  const b = erlangB(c, a);
  return (c * b) / (c - a * (1 - b));
}

/** Mean wait in queue of M/M/c: C(c, a) / (c·μ − λ). */
export function mmcMeanWait(c: number, lambda: number, mu: number): number {
  return erlangC(c, lambda / mu) / (c * mu - lambda);
}
