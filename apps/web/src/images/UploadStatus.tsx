import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import type { PendingPicture, PictureProblem } from './use-picture-uploads';
import './UploadStatus.css';

export interface UploadStatusProps {
  pending: readonly PendingPicture[];
  problems: readonly PictureProblem[];
  onDismiss(id: number): void;
}

/** Pictures on their way (a preview and how far along) and those that could not be added, under the toolbar. */
export function UploadStatus({ pending, problems, onDismiss }: UploadStatusProps) {
  const t = useT();
  return (
    <>
      {/* Always there, so that screen readers hear when a picture starts and stops being added. */}
      <p className="visually-hidden" aria-live="polite">
        {pending[0] ? t('images.uploading', { name: pending[0].name }) : ''}
      </p>
      {pending.length > 0 || problems.length > 0 ? (
        <div className="upload-status">
          {pending.length > 0 ? (
            <ul className="upload-status__list">
              {pending.map((item) => (
                <li key={item.id} className="upload-status__item">
                  <img className="upload-status__preview" src={item.preview} alt="" />
                  <span className="upload-status__name">{t('images.uploading', { name: item.name })}</span>
                  <progress
                    className="upload-status__progress"
                    aria-label={t('images.uploadProgress', { name: item.name })}
                    max={1}
                    value={item.progress ?? undefined}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {problems.map((problem) => (
            <Banner
              key={problem.id}
              tone="error"
              action={
                <Button variant="ghost" onClick={() => onDismiss(problem.id)}>
                  {t('images.dismiss')}
                </Button>
              }
            >
              {problem.message}
            </Banner>
          ))}
        </div>
      ) : null}
    </>
  );
}
