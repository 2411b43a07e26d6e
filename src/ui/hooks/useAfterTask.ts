import { useEffect, useState } from 'react';

/**
 * Whether a heavy part of the page may be drawn: at once when `defer` is false; when it is
 * true, not on the first render but from a task later, so that part mounts in a task of its
 * own instead of lengthening the one that mounts the page around it. Once true, stays true.
 *
 * @example const ready = useAfterTask(text.length > WINDOW_FROM) // false, then true a task later
 */
export function useAfterTask(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready;
}
