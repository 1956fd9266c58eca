import './Spinner.css';

/** A calm loading indicator with a spoken label. */
export function Spinner({ label }: { label: string }) {
  return (
    <div className="spinner" role="status">
      <span className="spinner__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span className="spinner__label">{label}</span>
    </div>
  );
}
