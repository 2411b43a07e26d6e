/** What a key does in a presentation. */
export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'leave';

/**
 * Keys of a keyboard and of presentation clickers (which send PageDown / PageUp).
 *
 * @example presentCommand({ key: 'PageDown' }) // 'next'
 */
export function presentCommand(event: {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): PresentCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The slide a command leads to, within `0 … count - 1`. */
export function nextSlide(command: Exclude<PresentCommand, 'leave'>, at: number, count: number) {
  const last = Math.max(0, count - 1);
  switch (command) {
    case 'next':
      return Math.min(last, at + 1);
    case 'previous':
      return Math.max(0, at - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
