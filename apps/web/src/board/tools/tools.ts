import type { MessageId } from '@kopa/i18n';
import type { BoardColor } from '@kopa/board';
import {
  ArrowUpRight,
  Circle,
  Frame,
  Hand,
  ImagePlus,
  Minus,
  MousePointer2,
  Pencil,
  Spline,
  Square,
  StickyNote,
  Type,
  type LucideIcon,
} from 'lucide-react';

export type ToolId = 'select' | 'hand' | 'note' | 'text' | 'rect' | 'ellipse' | 'line' | 'arrow' | 'connector' | 'pen' | 'frame' | 'image';

export interface ToolInfo {
  id: ToolId;
  icon: LucideIcon;
  /** The shortcut key, as tldraw has them. */
  key: string;
  /** Tools that change the board (hidden for those who may only look). */
  edits: boolean;
}

export const TOOLS: readonly ToolInfo[] = [
  { id: 'select', icon: MousePointer2, key: 'V', edits: false },
  { id: 'hand', icon: Hand, key: 'H', edits: false },
  { id: 'note', icon: StickyNote, key: 'N', edits: true },
  { id: 'text', icon: Type, key: 'T', edits: true },
  { id: 'rect', icon: Square, key: 'R', edits: true },
  { id: 'ellipse', icon: Circle, key: 'O', edits: true },
  { id: 'line', icon: Minus, key: 'L', edits: true },
  { id: 'arrow', icon: ArrowUpRight, key: 'A', edits: true },
  { id: 'connector', icon: Spline, key: 'C', edits: true },
  { id: 'pen', icon: Pencil, key: 'P', edits: true },
  { id: 'frame', icon: Frame, key: 'F', edits: true },
  { id: 'image', icon: ImagePlus, key: 'I', edits: true },
];

/** Whether a tool changes the board (those who may only look have none of these). */
export function toolEdits(id: ToolId): boolean {
  return TOOLS.find((info) => info.id === id)?.edits ?? false;
}

export function toolLabel(id: ToolId): MessageId {
  return `board.tool.${id}`;
}

/** The colour a new object of each tool gets: notes yellow, drawing in black, shapes blue. */
export const DEFAULT_TOOL_COLORS: Record<ToolId, BoardColor> = {
  select: 'blue',
  hand: 'blue',
  note: 'yellow',
  text: 'black',
  rect: 'blue',
  ellipse: 'green',
  line: 'black',
  arrow: 'black',
  connector: 'black',
  pen: 'black',
  frame: 'grey',
  image: 'blue',
};

/** Tools whose colour can be chosen before using them. */
export function toolHasColor(id: ToolId): boolean {
  return id !== 'select' && id !== 'hand' && id !== 'image';
}

export function toolHint(id: ToolId): MessageId | null {
  switch (id) {
    case 'hand':
      return 'board.toolHint.hand';
    case 'note':
      return 'board.toolHint.note';
    case 'text':
      return 'board.toolHint.text';
    case 'rect':
    case 'ellipse':
    case 'line':
    case 'arrow':
    case 'frame':
      return 'board.toolHint.shape';
    case 'connector':
      return 'board.toolHint.connector';
    case 'pen':
      return 'board.toolHint.pen';
    default:
      return null;
  }
}
