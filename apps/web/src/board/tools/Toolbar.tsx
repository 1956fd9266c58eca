import { useT } from '../../i18n/use-t';
import { TOOLS, toolLabel, type ToolId } from './tools';
import './Toolbar.css';

/**
 * The tools, each an icon with its name under it (pupils should not have to
 * guess) and its shortcut in the tooltip. Left of the board on laptops, along the
 * bottom on phones. Chosen from the keyboard, a tool that places something
 * places it in the middle of the view at once (there is no pointer to click with).
 */
export function Toolbar({ tool, canEdit, onTool }: { tool: ToolId; canEdit: boolean; onTool(tool: ToolId, byKeyboard: boolean): void }) {
  const t = useT();
  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('board.tools')}>
      {TOOLS.filter((info) => canEdit || !info.edits).map((info) => {
        const label = t(toolLabel(info.id));
        const Icon = info.icon;
        return (
          <button
            key={info.id}
            type="button"
            className="board-toolbar__tool"
            aria-pressed={tool === info.id}
            title={t('board.toolWithKey', { tool: label, key: info.key })}
            aria-keyshortcuts={info.key}
            // A click without a pointer (Enter or Space on the button) has no detail count.
            onClick={(event) => onTool(info.id, event.detail === 0)}
          >
            <Icon size={22} aria-hidden="true" />
            <span className="board-toolbar__label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
