import type { Partnership, ShowcaseSettings } from '@kopa/protocol';
import { Check, Copy, ExternalLink } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { publicUrl, showcaseApi } from './showcase-api';
import './ShowcasePanel.css';

/** Puts text on the clipboard; on plain http (a school server by IP) the old way still works. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    input?.select();
    return document.execCommand('copy');
  }
}

/**
 * The partnership's public showcase on the Partnership page: whether it is on, its public
 * address (stable once chosen) and how many items teachers approved; the coordinator's switch.
 */
export function ShowcasePanel({ partnership }: { partnership: Partnership }) {
  const t = useT();
  const [settings, setSettings] = useState<ShowcaseSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const addressId = useId();
  const hintId = useId();

  const load = useCallback(() => {
    showcaseApi.settings(partnership.id).then(setSettings, (failure: unknown) => setProblem(errorMessage(failure, t)));
  }, [partnership.id, t]);
  // Archiving or bringing back the partnership changes what the switch may do.
  useEffect(load, [load, partnership.state]);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  if (!settings) return problem ? <Banner tone="error">{problem}</Banner> : null;

  const flip = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setSettings(await showcaseApi.setEnabled(partnership.id, !settings.enabled));
    } catch (failure) {
      setProblem(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const coordinator = partnership.role === 'coordinator';
  const url = settings.path ? publicUrl(settings.path) : null;

  return (
    <div className="showcase-panel">
      <p className="showcase-panel__explain">{t('showcase.switch.explain')}</p>
      {coordinator ? (
        <button
          type="button"
          role="switch"
          className="showcase-switch"
          aria-checked={settings.enabled}
          aria-disabled={busy || !settings.canSwitch}
          aria-describedby={hintId}
          onClick={() => {
            if (settings.canSwitch) void flip();
          }}
        >
          <span className="showcase-switch__label">{t('showcase.switch.label')}</span>
          <span className="showcase-switch__track" aria-hidden="true">
            <span className="showcase-switch__thumb" />
          </span>
          <span className="showcase-switch__state" aria-hidden="true">
            {settings.enabled ? t('showcase.switch.on') : t('showcase.switch.off')}
          </span>
        </button>
      ) : null}
      <p id={hintId} className="showcase-panel__status" role="status">
        {settings.enabled ? t('showcase.switch.statusOn') : t('showcase.switch.statusOff')}
      </p>
      <p className="showcase-panel__note">{t('showcase.switch.approvedCount', { count: settings.approvedItems })}</p>
      {coordinator && !settings.canSwitch && partnership.state === 'archived' ? <p className="showcase-panel__note">{t('showcase.switch.archived')}</p> : null}
      {!coordinator ? <p className="showcase-panel__note">{t('showcase.switch.onlyCoordinator')}</p> : null}
      {problem ? <Banner tone="error">{problem}</Banner> : null}
      {settings.enabled && url ? (
        <div className="showcase-panel__address">
          <label className="field__label" htmlFor={addressId}>
            {t('showcase.switch.address')}
          </label>
          <div className="showcase-panel__link">
            <input id={addressId} ref={input} className="field__input showcase-panel__url" value={url} readOnly onFocus={(event) => event.target.select()} />
            <Button
              variant="secondary"
              icon={copied ? <Check size={18} /> : <Copy size={18} />}
              onClick={() => void copyText(url, input.current).then(setCopied)}
            >
              <span aria-live="polite">{copied ? t('showcase.switch.copied') : t('showcase.switch.copy')}</span>
            </Button>
            <a className="showcase-panel__open" href={settings.path!} target="_blank" rel="noopener">
              <ExternalLink size={18} aria-hidden="true" />
              {t('showcase.switch.open')}
            </a>
          </div>
          <p className="showcase-panel__note">{t('showcase.switch.addressHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
