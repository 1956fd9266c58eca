import type { ItemDetail } from '@kopa/protocol';
import { TextReadAloud } from '../read-aloud/TextReadAloud';
import { ItemLanguageControl } from './ItemLanguageControl';
import './TextTools.css';

/** Above a document's text: the language it is written in, and reading it aloud. */
export function TextTools({ item, readFrom }: { item: ItemDetail; readFrom: string }) {
  return (
    <div className="text-tools">
      <ItemLanguageControl item={item} />
      <TextReadAloud from={readFrom} />
    </div>
  );
}
