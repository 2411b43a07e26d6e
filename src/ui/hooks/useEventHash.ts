import { useEffect, type Dispatch } from 'react';
import type { Action } from '../../app/state/actions.ts';
import { selectEvent } from '../../app/state/actions.ts';
import { eventIdFromHash, urlForEvent } from '../../app/url/eventHash.ts';

/**
 * Keeps `#event=<id>` in step with the selection, both ways.
 *
 * The address is replaced, not pushed: clicking through ten events should not leave ten
 * Back-button steps between the reader and the page they came from. A typed or
 * followed link (`hashchange`) selects its event.
 */
export function useEventHash(selectedEventId: string | null, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (eventIdFromHash(window.location.hash) === selectedEventId) return;
    window.history.replaceState(
      window.history.state,
      '',
      urlForEvent(window.location, selectedEventId),
    );
  }, [selectedEventId]);

  useEffect(() => {
    const onHashChange = () => dispatch(selectEvent(eventIdFromHash(window.location.hash)));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [dispatch]);
}
