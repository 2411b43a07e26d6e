/** The largest article the app reads, file or paste: 10 MB (a 5 MB paste stays responsive). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** The same limit in characters, for text already in the page (UTF-16 code units). */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES;

/** "12.4 MB", "850 KB": a size as a person reads it. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
