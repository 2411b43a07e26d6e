/**
 * A file name from a timeline title: lower case, words joined by hyphens, accents and
 * anything a file system dislikes dropped.
 *
 * @example fileStem('Almaty: protests, Feb. 2012') // 'almaty-protests-feb-2012'
 */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'timeline';
}

/** Hands a file to the browser's downloads. */
export function downloadFile(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download time to start before the address is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
