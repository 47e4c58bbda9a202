import type { ProgressNotice } from './store';

const forThisVisit = 'Progress you make now is kept only until this page is closed or reloaded.';

/** What the learner is told, for each notice the store can raise. */
export function noticeText(notice: ProgressNotice): string {
  switch (notice.kind) {
    case 'set-aside':
      return `Saved progress on this device could not be read, so the course started fresh. The old data was kept in this browser under "${notice.key}".`;
    case 'left-in-place':
      return `Saved progress on this device could not be read, and this browser's storage is too full to set a copy aside, so it was left as it was. ${forThisVisit}`;
    case 'not-saved':
      return `Your progress could not be saved: this browser's storage is full or turned off. ${forThisVisit} Export it from Your progress to keep it.`;
  }
}
