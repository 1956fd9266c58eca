import type { ImageObject } from '@kopa/board';
import { useState } from 'react';
import { pictureCandidates, shownWidth } from './image-source';

/** A picture on the board in the stored size that fits it, with a calm placeholder while it loads (or when it cannot be shown). */
export function ImageView({ image }: { image: ImageObject }) {
  const [attempt, setAttempt] = useState({ uploadId: image.uploadId, index: 0 });
  const index = attempt.uploadId === image.uploadId ? attempt.index : 0;
  // The variant that fits the picture as drawn at 100 % (a small note-sized picture on a phone: 320 px, not 640).
  const candidates = pictureCandidates(image, shownWidth(image.w, window.devicePixelRatio));
  const href = candidates[index];
  const x = Math.min(image.x, image.x + image.w);
  const y = Math.min(image.y, image.y + image.h);
  const w = Math.abs(image.w);
  const h = Math.abs(image.h);
  return (
    <>
      <rect x={x} y={y} width={w} height={h} rx={4} className="board-image-backdrop" pointerEvents="all" />
      {href ? (
        <image
          href={href}
          x={x}
          y={y}
          width={w}
          height={h}
          preserveAspectRatio="xMidYMid meet"
          onError={() => setAttempt({ uploadId: image.uploadId, index: index + 1 })}
        />
      ) : null}
    </>
  );
}
