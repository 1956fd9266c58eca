import { BOARD_LIMITS, type BoardModel, type ImageObject } from '@kopa/board';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import './PictureDescription.css';

/**
 * Asks for a picture's description right after it is added (and whenever
 * "Describe" is chosen): screen-reader users meet the board through words.
 */
export function PictureDescription({ model, image, onDone }: { model: BoardModel; image: ImageObject; onDone(): void }) {
  const t = useT();
  const [value, setValue] = useState(image.alt);
  return (
    <form
      className="picture-description"
      data-canvas-ui
      aria-label={t('board.imageDescribeTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        onDone();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.nativeEvent.preventDefault();
          onDone();
        }
      }}
    >
      <TextField
        label={t('images.descriptionLabel')}
        hint={t('images.descriptionHint')}
        value={value}
        maxLength={BOARD_LIMITS.maxAltLength}
        autoFocus
        onChange={(event) => {
          setValue(event.target.value);
          model.update(image.id, { alt: event.target.value });
        }}
      />
      <Button type="submit">{t('images.done')}</Button>
    </form>
  );
}
