/**
 * The browser's sweep worker (a module worker): one job in, one result out, the same runJob the
 * benchmark's Node threads run. A scenario the engine refuses comes back as an error message for
 * the page, not as an uncaught exception that would only show in the console.
 */
import { runJob, type SweepJob } from '../../../simulations/sweep';

const scope = self as unknown as { onmessage: ((e: MessageEvent<SweepJob>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e) => {
  try {
    scope.postMessage(runJob(e.data));
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
