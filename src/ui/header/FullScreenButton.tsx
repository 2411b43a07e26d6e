import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullScreen = () => document.fullscreenElement !== null;

/** For presenting in class: the whole app on the projector, without browser chrome. */
export function FullScreenButton() {
  const fullScreen = useSyncExternalStore(subscribe, isFullScreen, () => false);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    const request = fullScreen
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // Refusal (no user gesture, iframe without permission) leaves the page as it was.
    request.catch(() => undefined);
  };
  return (
    <button type="button" className="full-screen-button" onClick={toggle}>
      {fullScreen ? 'Exit full screen' : 'Full screen'}
    </button>
  );
}
