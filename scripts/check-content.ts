// The content check: every lesson, outline entry, glossary and reading-list entry parses and
// validates, Python examples compile, and every internal link resolves. Fails naming file and field.
import { runContentCheck } from '../lib/content/check';

runContentCheck()
  .then((report) => {
    for (const line of report.summary) console.log(line);
    if (report.errors.length > 0) {
      console.error(`\nContent check failed (${report.errors.length}):`);
      for (const error of report.errors) console.error(`  ✗ ${error}`);
      process.exit(1);
    }
    console.log('Content check passed.');
  })
  .catch((error: unknown) => {
    console.error(`Content check failed:\n  ✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
