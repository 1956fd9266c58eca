import { countryName } from '@kopa/i18n';
import type { MemberSummary, PicturePeople as People } from '@kopa/protocol';
import { UserCheck, UserPlus, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { partnershipsApi } from '../partnerships/partnerships-api';
import { useMe } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { showcaseApi } from './showcase-api';
import './PicturePeople.css';

/**
 * "Who is in this picture?", in a picture's panel: the pupils marked as shown in it. Teachers
 * mark any pupil of the partnership and see who has no photo consent (such a picture never goes
 * public); a pupil may say "I am in this picture". Only teachers take a mark away.
 */
export function PicturePeople({ uploadId }: { uploadId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const headingId = useId();
  const [people, setPeople] = useState<People | null>(null);
  const [pupils, setPupils] = useState<MemberSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    showcaseApi.picturePeople(uploadId).then(
      (answer) => {
        if (live) setPeople(answer);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [uploadId]);

  const canMarkOthers = people?.canMarkOthers ?? false;
  useEffect(() => {
    if (!canMarkOthers || !me.partnershipId) return;
    let live = true;
    partnershipsApi.members(me.partnershipId).then(
      (members) => {
        if (!live) return;
        const collator = new Intl.Collator(locale, { sensitivity: 'base' });
        setPupils(members.filter((member) => member.role === 'pupil' && member.active).sort((a, b) => collator.compare(a.displayName, b.displayName)));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [canMarkOthers, me.partnershipId, locale]);

  if (!people) return null;

  const run = async (change: () => Promise<People>) => {
    setBusy(true);
    setProblem(null);
    try {
      setPeople(await change());
      setChosen('');
    } catch (failure) {
      setProblem(t('showcase.people.failed', { reason: errorMessage(failure, t) }));
    } finally {
      setBusy(false);
    }
  };
  const label = (person: { displayName: string; country: string | null }) =>
    person.country ? t('presence.member', { name: person.displayName, country: countryName(person.country, locale) }) : person.displayName;
  const marked = new Set(people.people.map((person) => person.userId));
  const candidates = pupils.filter((pupil) => !marked.has(pupil.userId));
  const selfMarked = marked.has(me.id);

  return (
    <section className="picture-people" aria-labelledby={headingId}>
      <h3 id={headingId} className="picture-people__title">
        {t('showcase.people.title')}
      </h3>
      <p className="picture-people__explain">{t('showcase.people.explain')}</p>
      {people.people.length === 0 ? (
        <p className="picture-people__none">{t('showcase.people.none')}</p>
      ) : (
        <ul className="picture-people__list">
          {people.people.map((person) => (
            <li key={person.userId} className="picture-people__person">
              <span className="picture-people__who">
                <span className="picture-people__name">{label(person)}</span>
                {person.photoConsent === false ? <span className="picture-people__no-consent">{t('showcase.people.noConsent')}</span> : null}
              </span>
              {person.canUnmark ? (
                <IconButton
                  label={t('showcase.people.remove', { name: person.displayName })}
                  icon={<X size={18} />}
                  disabled={busy}
                  onClick={() => void run(() => showcaseApi.unmark(uploadId, person.userId))}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canMarkOthers && candidates.length > 0 ? (
        <form
          className="picture-people__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) void run(() => showcaseApi.mark(uploadId, chosen));
          }}
        >
          <label className="visually-hidden" htmlFor={`${headingId}-pupil`}>
            {t('showcase.people.choose')}
          </label>
          <select id={`${headingId}-pupil`} className="field__input picture-people__select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('showcase.people.chooseNone')}</option>
            {candidates.map((pupil) => (
              <option key={pupil.userId} value={pupil.userId}>
                {label(pupil)}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" icon={<UserPlus size={18} />} disabled={busy || !chosen}>
            {t('showcase.people.mark')}
          </Button>
        </form>
      ) : null}
      {people.canMarkSelf && !selfMarked ? (
        <Button variant="secondary" icon={<UserCheck size={18} />} disabled={busy} onClick={() => void run(() => showcaseApi.mark(uploadId, me.id))}>
          {t('showcase.people.markMe')}
        </Button>
      ) : null}
      {problem ? <Banner tone="error">{problem}</Banner> : null}
    </section>
  );
}
