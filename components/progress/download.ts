/**
 * Saves text as a file the learner keeps, through a Blob URL: the site is static, so there is no
 * server to download from, and the data never leaves the browser.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "scale-to-zero-progress-2026-11-30.json", or with another middle part. */
export const datedFileName = (what: string, extension: string, now = new Date()) =>
  `scale-to-zero-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
