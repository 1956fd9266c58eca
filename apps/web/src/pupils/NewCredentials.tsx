import type { PupilCredentials } from '@kopa/protocol';
import { Printer } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import './NewCredentials.css';

interface NewCredentialsProps {
  credentials: PupilCredentials[];
  onPrint(): void;
  onDone(): void;
}

/** The accounts just made, with their passwords: the one time they are shown. */
export function NewCredentials({ credentials, onPrint, onDone }: NewCredentialsProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves here so keyboard and screen reader users land on the result, not back in the emptied field.
  useEffect(() => headingRef.current?.focus(), [credentials]);

  return (
    <section className="new-credentials" aria-labelledby="new-credentials-heading">
      <h2 id="new-credentials-heading" className="new-credentials__heading" ref={headingRef} tabIndex={-1}>
        {t('pupils.created.title', { count: credentials.length })}
      </h2>
      <p className="new-credentials__once">{t('pupils.created.onlyOnce')}</p>
      <div className="new-credentials__actions">
        <Button size="l" icon={<Printer size={22} />} onClick={onPrint}>
          {t('pupils.created.print')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('pupils.created.done')}
        </Button>
      </div>
      <table className="credentials-table">
        <caption className="visually-hidden">{t('pupils.created.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pupils.column.name')}</th>
            <th scope="col">{t('pupils.column.username')}</th>
            <th scope="col">{t('pupils.column.password')}</th>
          </tr>
        </thead>
        <tbody>
          {credentials.map((pupil) => (
            <tr key={pupil.id}>
              <th scope="row" data-label={t('pupils.column.name')}>
                {pupil.displayName}
              </th>
              <td data-label={t('pupils.column.username')} className="credentials-table__secret">
                {pupil.username}
              </td>
              <td data-label={t('pupils.column.password')} className="credentials-table__secret">
                {pupil.password}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
