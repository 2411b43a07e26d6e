/**
 * Offsets into the article text of a point in the rendered article: every paragraph and
 * every piece of text carries `data-start`, its offset in the text.
 */
function pointOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!holder) return null;
    return Number(holder.dataset.start) + offset;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.start) return Number(child.dataset.start);
  // The end of an element: the end of its last piece of text.
  const pieces = element.querySelectorAll<HTMLElement>('[data-start]');
  const last = pieces[pieces.length - 1];
  if (last) return Number(last.dataset.start) + (last.textContent?.length ?? 0);
  return element.dataset.start ? Number(element.dataset.start) : null;
}

/** The selection within `root` as `[start, end)` offsets into the text, or null. */
export function selectionOffsets(
  root: HTMLElement,
  selection: Selection | null,
): [number, number] | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = pointOffset(root, range.startContainer, range.startOffset);
  const end = pointOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return [start, end];
}
