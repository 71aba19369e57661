// Saving text the page made (or a Blob it holds) as a file: a temporary link to a Blob of it, clicked, then let go.

/**
 * How long the Blob's URL outlives the click: the browser reads it after the click returns, and some (Chrome on
 * Android) fail the download of a URL revoked within seconds; FileSaver.js waits 40 s for the same reason.
 */
const REVOKE_AFTER_MS = 40_000;

export function downloadFile(fileName: string, content: string | Blob, mimeType: string): void {
  const url = URL.createObjectURL(
    content instanceof Blob ? content : new Blob([content], { type: mimeType }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the document while clicked: older Firefox starts no download from a link outside it.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
