import { toSvgImage } from '../../core/formats/svgImage.ts';
import type { TimelineEvent } from '../../core/model/index.ts';
import type { ViewWindow } from './viewWindow.ts';

/** The view as an SVG file. */
export function svgImage(title: string, events: readonly TimelineEvent[], view: ViewWindow): Blob {
  return new Blob([toSvgImage({ title, events, window: view }).svg], {
    type: 'image/svg+xml',
  });
}

/**
 * The view as a PNG at twice the size (sharp on slides and in print): the SVG drawn on
 * a canvas. The SVG goes in as a data: URL, which the page's CSP allows for images.
 */
export async function pngImage(
  title: string,
  events: readonly TimelineEvent[],
  view: ViewWindow,
): Promise<Blob> {
  const { svg, width, height } = toSvgImage({ title, events, window: view });
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))),
      'image/png',
    ),
  );
}
