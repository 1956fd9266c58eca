import { COLOR_VALUES, type TextObject } from '@kopa/board';
import { BoxText } from './BoxText';
import { TEXT_SIZE_UNITS } from './text-style';

/** Free text on the board; an invisible box keeps it easy to grab. */
export function TextView({ text, hidden }: { text: TextObject; hidden: boolean }) {
  return (
    <>
      <rect x={text.x} y={text.y} width={text.w} height={text.h} fill="transparent" pointerEvents="all" />
      {hidden ? null : (
        <BoxText box={text} text={text.text} style={{ fontSize: TEXT_SIZE_UNITS[text.size], color: COLOR_VALUES[text.color].ink }} />
      )}
    </>
  );
}
