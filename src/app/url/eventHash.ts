/**
 * The selected event lives in the page address as `#event=<id>`, so a link to the page
 * opens on that event.
 *
 * @example eventIdFromHash('#event=e3') // 'e3'
 * @example eventIdFromHash('') // null
 */
export function eventIdFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const id = params.get('event');
  return id === null || id === '' ? null : id;
}

/**
 * The hash naming an event, or `''` for none.
 *
 * @example hashForEvent('e3') // '#event=e3'
 */
export function hashForEvent(eventId: string | null): string {
  return eventId === null ? '' : `#event=${encodeURIComponent(eventId)}`;
}

/** The page address with the hash set for `eventId` (path and query kept). */
export function urlForEvent(
  location: Pick<Location, 'pathname' | 'search'>,
  eventId: string | null,
): string {
  return `${location.pathname}${location.search}${hashForEvent(eventId)}`;
}
