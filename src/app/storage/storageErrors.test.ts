import { describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError } from './storageErrors.ts';

describe('isQuotaError', () => {
  it('knows a full storage by its standard name and by the older names and codes', () => {
    expect(
      isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    ).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
  });

  it('does not take other failures for a full storage', () => {
    expect(isQuotaError(new DOMException('gone', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('describeStorageError', () => {
  it('says the storage is full, or passes the browser’s own message on', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toBe(
      'the browser’s storage for this site is full',
    );
    expect(describeStorageError(new Error('The database connection is closing.'))).toBe(
      'The database connection is closing.',
    );
    expect(describeStorageError(new DOMException('', 'UnknownError'))).toBe('UnknownError');
  });
});
