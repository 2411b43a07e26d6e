/** Hands a file to the browser's downloads. */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: some browsers read the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `text` as a file through the browser's download. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadFile(fileName, new Blob([text], { type }));
}

/**
 * A file name from a title: letters and digits, dashes between words, at most 60 characters.
 *
 * @example fileSlug('Kazakhstan: Opposition Leaders in Jail') // 'kazakhstan-opposition-leaders-in-jail'
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'timeline';
}
