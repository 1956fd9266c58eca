import type { Reaction, ReactionCount } from '@kopa/protocol';
import { useState } from 'react';
import { errorMessage } from '../../i18n/error-message';
import { useT } from '../../i18n/use-t';
import { blogApi } from './blog-api';
import { REACTION_NAMES } from './reaction-names';
import './ReactionsBar.css';

export interface ReactionsBarProps {
  itemId: string;
  reactions: ReactionCount[];
  /** Guests and archived partnerships only see the counts. */
  canReact: boolean;
  onReacted(reactions: ReactionCount[]): void;
}

/** The fixed set of reactions with their counts; each a toggle button for those who may react. */
export function ReactionsBar({ itemId, reactions, canReact, onReacted }: ReactionsBarProps) {
  const t = useT();
  // The reaction on its way, pressed as asked at once: the others' broadcast can bring the new count
  // before the server's answer to me says the reaction is mine (it never says so to everyone).
  const [busy, setBusy] = useState<{ emoji: Reaction; mine: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const toggle = async (reaction: ReactionCount) => {
    // Not `disabled` while on its way: the button would lose the keyboard focus.
    if (busy) return;
    setBusy({ emoji: reaction.emoji, mine: !reaction.mine });
    setFailure(null);
    try {
      onReacted(await blogApi.react(itemId, reaction.emoji, !reaction.mine));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="reactions">
      <ul className="reactions__list" aria-label={t('blog.reactions.label')}>
        {reactions.map((reaction) => {
          const name = t(REACTION_NAMES[reaction.emoji]);
          const label = t('blog.reactions.count', { name, count: reaction.count });
          const face = (
            <>
              <span className="reactions__emoji" aria-hidden="true">
                {reaction.emoji}
              </span>
              {/* Nobody yet: no number, the emoji alone (a "0" would not match the name, "nobody yet"). */}
              {reaction.count > 0 ? (
                <span className="reactions__count" aria-hidden="true">
                  {reaction.count}
                </span>
              ) : null}
            </>
          );
          return (
            <li key={reaction.emoji}>
              {canReact ? (
                <button
                  type="button"
                  className="reactions__button"
                  aria-pressed={busy?.emoji === reaction.emoji ? busy.mine : reaction.mine}
                  aria-label={label}
                  title={name}
                  aria-busy={busy?.emoji === reaction.emoji || undefined}
                  onClick={() => void toggle(reaction)}
                >
                  {face}
                </button>
              ) : (
                <span className="reactions__button reactions__button--static" role="img" aria-label={label} title={name}>
                  {face}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {failure ? (
        <p className="reactions__error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
