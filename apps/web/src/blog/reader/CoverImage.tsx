import type { UploadedImage } from '@kopa/protocol';
import { UploadedPicture } from '../../images/UploadedPicture';
import './CoverImage.css';

export interface CoverImageProps {
  image: UploadedImage;
  alt: string;
  /** How wide the picture is shown, for the browser to pick a variant (`sizes`). */
  sizes: string;
  className?: string;
  /** The first screenful loads at once; covers further down wait until they are near. */
  eager?: boolean;
}

/** A post's cover picture: the variant that fits the screen, its proportions kept while it loads. */
export function CoverImage({ className, ...picture }: CoverImageProps) {
  return <UploadedPicture {...picture} className={['cover-image', className ?? ''].filter(Boolean).join(' ')} />;
}
