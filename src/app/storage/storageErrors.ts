/**
 * Whether a storage error means the browser's storage for this site is full. Browsers
 * name it differently: `QuotaExceededError` (the standard name, legacy code 22) and
 * Firefox's older `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
 *
 * @example isQuotaError(new DOMException('full', 'QuotaExceededError')) // true
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/**
 * A storage failure in words for the saving banner.
 *
 * @example describeStorageError(new DOMException('x', 'QuotaExceededError')) // 'the browser’s storage for this site is full'
 */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return 'the browser’s storage for this site is full';
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && 'name' in error)
    return String((error).name);
  return String(error);
}
