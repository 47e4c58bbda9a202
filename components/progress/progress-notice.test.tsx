import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const key = 'scale-to-zero:progress';
const unreadable = '{"lessons": {"what-serverless-is/pros-and-cons": ';

// The store keeps what it has read, and any notice, at module level: each test loads a fresh copy.
async function load() {
  vi.resetModules();
  const [{ ProgressNotice }, store] = await Promise.all([import('./progress-notice'), import('./store')]);
  return { ProgressNotice, store };
}

/** What a download hands the browser: the file's name and its text. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let blob: Blob | undefined;
  // jsdom has no Blob URLs: these two stand in for the browser's.
  Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), 'blob:progress'), revokeObjectURL: () => {} });
  // jsdom cannot navigate to a download; the click is where the browser would save the file.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

// jsdom's Blob has no text(); FileReader reads it as a browser would.
const textOf = (blob: Blob | undefined) =>
  new Promise<unknown>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    if (blob) reader.readAsText(blob);
    else resolve(undefined);
  });

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the progress notices', () => {
  it('unreadable saved progress: says so, keeps a copy in the browser, offers it as a file, and goes on Dismiss', async () => {
    localStorage.setItem(key, unreadable);
    const { ProgressNotice } = await load();
    const user = userEvent.setup();
    const files = catchDownloads();
    render(<ProgressNotice />);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toMatch(/^Saved progress on this device could not be read, so the course started fresh\. The old data was kept in this browser under "scale-to-zero:progress:unreadable:/);
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${key}:unreadable:`)) ?? '';
    expect(localStorage.getItem(aside)).toBe(unreadable);

    await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^scale-to-zero-unreadable-progress-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await textOf(files[0]?.blob)).toBe(unreadable);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(localStorage.getItem(aside)).toBe(unreadable);
  });

  it('unreadable and no room to copy it: leaves it in place, says progress lives only in this page, and still offers the file', async () => {
    localStorage.setItem(key, unreadable);
    const { ProgressNotice, store } = await load();
    const files = catchDownloads();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<ProgressNotice />);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain("this browser's storage is too full to set a copy aside, so it was left as it was.");
    expect(notice.textContent).toContain('Progress you make now is kept only until this page is closed or reloaded.');
    expect(localStorage.getItem(key)).toBe(unreadable);

    // Progress made meanwhile is kept in memory, and the data in storage is not overwritten.
    act(() => store.markLessonRead('what-serverless-is/pros-and-cons'));
    expect(store.readProgress().progress.lessons['what-serverless-is/pros-and-cons']).toBeDefined();
    expect(localStorage.getItem(key)).toBe(unreadable);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(await textOf(files[0]?.blob)).toBe(unreadable);
  });

  it('progress that cannot be saved: says it is kept only until the page closes, keeps it in memory, and has no download', async () => {
    const { ProgressNotice, store } = await load();
    render(<ProgressNotice />);
    expect(screen.queryByRole('status')).toBeNull();

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    act(() => store.markLessonRead('what-serverless-is/pros-and-cons'));

    const notice = await screen.findByRole('status');
    within(notice).getByText(
      "Your progress could not be saved: this browser's storage is full or turned off. Progress you make now is kept only until this page is closed or reloaded. Export it from Your progress to keep it.",
    );
    expect(store.readProgress().progress.lessons['what-serverless-is/pros-and-cons']).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Download the unreadable data' })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
