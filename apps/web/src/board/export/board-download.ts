import { drawBoard, type BoardSnapshot } from '@kopa/board';
import { downloadName, pngSize } from './export-size';
import { inlinePictures } from './inline-pictures';

/** The board as a standalone SVG, drawn as its layout shows it: its own fonts list and pictures inside. */
async function standaloneSvg(snapshot: BoardSnapshot, title: string) {
  const pictures = await inlinePictures(snapshot);
  return drawBoard(snapshot, { imageHref: (uploadId) => pictures.get(uploadId) ?? '', title });
}

export async function downloadBoardSvg(snapshot: BoardSnapshot, title: string, fallbackName: string): Promise<void> {
  const { svg } = await standaloneSvg(snapshot, title);
  save(new Blob([svg], { type: 'image/svg+xml' }), downloadName(title, 'svg', fallbackName));
}

/** The same drawing, painted into a canvas at twice the size (at most 4096 px a side) on white. */
export async function downloadBoardPng(snapshot: BoardSnapshot, title: string, fallbackName: string): Promise<void> {
  const { svg, width, height } = await standaloneSvg(snapshot, title);
  const size = pngSize(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be made.');
    save(blob, downloadName(title, 'png', fallbackName));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
