import { FileArchive } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { ExportPanel } from '../partnerships/ExportPanel';
import { exportOffered, jobsFor, type ExportTarget } from '../partnerships/export-jobs';
import { useExports } from '../partnerships/use-exports';
import { Button } from '../ui/Button';
import './SpaceExport.css';

/**
 * "Export this space", below its documents: offered when the server's list of exports for the partnership has a
 * format that covers one space for this user (pupils and guests get 403 there, and see nothing). Opens by itself
 * when the user already has an export of this space, so its progress or download is at hand.
 */
export function SpaceExport({ partnershipId, spaceId }: { partnershipId: string; spaceId: string }) {
  const t = useT();
  const exports = useExports(partnershipId);
  const { state } = exports;
  const scope = useMemo<ExportTarget>(() => ({ kind: 'space', spaceId }), [spaceId]);
  const [offered, setOffered] = useState(false);
  const [judged, setJudged] = useState(state);
  const [open, setOpen] = useState<boolean | null>(null);
  const headingId = useId();
  const panelId = useId();

  // Judged again whenever the list changes (during rendering, as it depends on what was offered before).
  if (judged !== state) {
    setJudged(state);
    setOffered(exportOffered(offered, state, scope));
  }

  if (!offered) return null;
  const shown = open ?? (state.status === 'ready' && jobsFor(state.jobs, scope).length > 0);

  return (
    <section className="space-export" aria-labelledby={headingId}>
      <div className="space-export__header">
        <h2 id={headingId} className="space-export__heading">
          {t('exports.space.title')}
        </h2>
        <Button
          variant="secondary"
          icon={<FileArchive size={18} />}
          aria-expanded={shown}
          aria-controls={panelId}
          onClick={() => setOpen(!shown)}
        >
          {t(shown ? 'exports.space.close' : 'exports.space.open')}
        </Button>
      </div>
      <div id={panelId} hidden={!shown}>
        {shown ? <ExportPanel exports={exports} scope={scope} /> : null}
      </div>
    </section>
  );
}
