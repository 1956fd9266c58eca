import { AlertTriangle } from 'lucide-react';
import './LiveProblem.css';

/** Why the server refused what was just tried, next to the control (announced at once). */
export function LiveProblem({ text }: { text: string | null }) {
  return (
    <p className="live-problem" role="alert">
      {text ? (
        <>
          <AlertTriangle size={16} aria-hidden="true" />
          {text}
        </>
      ) : null}
    </p>
  );
}
