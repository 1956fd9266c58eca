import type { UploadedImage } from '@kopa/protocol';

export interface UploadedPictureProps {
  image: UploadedImage;
  alt: string;
  /** How wide the picture is shown, for the browser to pick the variant that fits (`sizes`). */
  sizes: string;
  className?: string;
  /** The first screenful loads at once; pictures further down wait until they come near. */
  eager?: boolean;
}

/**
 * An uploaded picture (a post's cover, a glossary word's picture): the browser fetches the smallest
 * variant that fits where it is shown, and the page keeps its place while it loads.
 */
export function UploadedPicture({ image, alt, sizes, className, eager }: UploadedPictureProps) {
  return (
    <img
      className={className}
      src={image.url}
      srcSet={image.variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
