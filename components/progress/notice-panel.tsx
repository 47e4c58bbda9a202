'use client';

import { useState } from 'react';
import { datedFileName, downloadText } from './download';
import { noticeText } from './notice-text';
import { discardUnreadable, dismissNotice, type ProgressNotice } from './store';

const button = 'rounded-md border border-line bg-bg px-2 py-1 font-medium';

/**
 * The notice itself, loaded only when there is one (rarely), so its words and the download stay
 * out of every page's startup script. Unreadable data is offered as a file: a copy that is sure
 * to exist, even when storage had no room for one.
 */
export default function NoticePanel({ notice, unreadable }: { notice: ProgressNotice; unreadable?: string }) {
  const [downloaded, setDownloaded] = useState(false);
  return (
    <div role="status" className="border-b border-line bg-accent-soft">
      <div className="mx-auto flex max-w-[1440px] flex-wrap items-start gap-3 px-4 py-3 text-sm sm:px-6">
        <p className="min-w-[50%] flex-1">
          {noticeText(notice)}
          {downloaded && notice.kind === 'left-in-place' && ' With the file saved, you can delete the data here so your progress is saved again.'}
        </p>
        <div className="flex flex-wrap gap-3">
          {unreadable !== undefined && (
            <button
              type="button"
              onClick={() => {
                downloadText(unreadable, datedFileName('unreadable-progress', 'txt'), 'text/plain');
                setDownloaded(true);
              }}
              className={button}
            >
              Download the unreadable data
            </button>
          )}
          {/* Offered only after the download: until then this browser holds the only copy. */}
          {downloaded && notice.kind === 'left-in-place' && (
            <button type="button" onClick={discardUnreadable} className={button}>
              Delete it from this browser
            </button>
          )}
          <button type="button" onClick={dismissNotice} className={button}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
