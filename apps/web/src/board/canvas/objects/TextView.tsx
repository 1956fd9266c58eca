import { objectTextLayout, type TextObject } from '@kopa/board';
import { BoxText } from './BoxText';

/** Free text on the board; an invisible box keeps it easy to grab. */
export function TextView({ text, hidden }: { text: TextObject; hidden: boolean }) {
  return (
    <>
      <rect x={text.x} y={text.y} width={text.w} height={text.h} fill="transparent" pointerEvents="all" />
      {hidden ? null : <BoxText layout={objectTextLayout(text)} />}
    </>
  );
}
