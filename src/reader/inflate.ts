import type { Inflated } from '../core/formats/readerLink.ts';

/**
 * Inflates raw deflate data with the browser's own `DecompressionStream`, stopping as soon
 * as the output passes `limit` bytes (a link must not be able to fill a phone's memory).
 */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Inflated> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-big';
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
