import type { LiveCommand } from '@kopa/protocol';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/use-t';
import { liveErrorMessage } from './live-errors';

type Answer = { ok: true } | { ok: false; code?: string };

/**
 * One control's command to the server: busy while waiting, and the refusal in
 * the user's language when there is one (`command` tells what a conflict means).
 * Resolves with the server's answer.
 */
export function useLiveAction(): {
  run<A extends Answer>(action: () => Promise<A>, command?: LiveCommand): Promise<A>;
  busy: boolean;
  problem: string | null;
  clearProblem(): void;
} {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(
    async <A extends Answer>(action: () => Promise<A>, command?: LiveCommand): Promise<A> => {
      setBusy(true);
      setProblem(null);
      const answer = await action();
      setBusy(false);
      if (!answer.ok) setProblem(t(liveErrorMessage(answer.code, command)));
      return answer;
    },
    [t],
  );
  const clearProblem = useCallback(() => setProblem(null), []);
  return { run, busy, problem, clearProblem };
}
