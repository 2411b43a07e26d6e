/** The one message the reader ever sends: its height, to the page that embeds it. */
export interface HeightMessage {
  type: 'datelines:height';
  height: number;
}

/**
 * Tells the embedding page the document's height whenever it changes, with
 * `postMessage({ type: 'datelines:height', height }, '*')`. The height is no secret, so any
 * host may read it; the reader listens to no message in return.
 *
 * @returns a function that stops the reports
 */
export function reportHeight(view: Window = window): () => void {
  if (view.parent === view) return () => {};
  const root = view.document.documentElement;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: 'datelines:height', height };
    view.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}
