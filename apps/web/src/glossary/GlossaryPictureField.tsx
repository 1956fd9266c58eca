import { GLOSSARY_LIMITS, type UploadedImage } from '@kopa/protocol';
import { ImagePlus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { uploadErrorMessage } from '../images/upload-error-message';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { glossaryApi } from './glossary-api';
import './GlossaryPictureField.css';

export interface GlossaryPictureFieldProps {
  partnershipId: string;
  picture: UploadedImage | null;
  alt: string;
  altError: string | null;
  onPicture(picture: UploadedImage | null): void;
  onAlt(alt: string): void;
}

/** A term's picture, if wanted: choose, replace or remove it, and say what it shows. */
export function GlossaryPictureField({ partnershipId, picture, alt, altError, onPicture, onAlt }: GlossaryPictureFieldProps) {
  const t = useT();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const altField = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A picture just chosen needs its description next.
  const describeNext = useRef(false);
  useEffect(() => {
    if (!describeNext.current || !picture) return;
    describeNext.current = false;
    altField.current?.focus();
  }, [picture]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProgress(0);
    setProblem(null);
    try {
      const uploaded = await glossaryApi.uploadPicture(partnershipId, file, setProgress).done;
      describeNext.current = true;
      onPicture(uploaded);
    } catch (error) {
      setProblem(uploadErrorMessage(error, file, t));
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const uploading = progress !== null;
  return (
    <fieldset className="glossary-picture">
      <legend className="field__label">{t('glossary.form.picture')}</legend>
      <div className="glossary-picture__row">
        <div className="glossary-picture__frame">
          {picture ? (
            <img className="glossary-picture__image" src={picture.variants[0]?.url ?? picture.url} width={picture.width} height={picture.height} alt={alt} />
          ) : (
            <p className="glossary-picture__none">
              {uploading ? t('glossary.form.pictureUploading', { percent: Math.round((progress ?? 0) * 100) }) : t('glossary.form.pictureNone')}
            </p>
          )}
        </div>
        <div className="glossary-picture__actions">
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('glossary.form.pictureChoose')}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <Button variant="secondary" icon={<ImagePlus size={18} />} disabled={uploading} onClick={() => fileInput.current?.click()}>
            {uploading
              ? t('glossary.form.pictureUploading', { percent: Math.round((progress ?? 0) * 100) })
              : picture
                ? t('glossary.form.pictureReplace')
                : t('glossary.form.pictureChoose')}
          </Button>
          {picture ? (
            <Button variant="ghost" icon={<Trash2 size={18} />} disabled={uploading} onClick={() => onPicture(null)}>
              {t('glossary.form.pictureRemove')}
            </Button>
          ) : null}
        </div>
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {picture ? (
        <TextField
          ref={altField}
          label={t('glossary.form.alt')}
          hint={t('glossary.form.altHint')}
          value={alt}
          maxLength={GLOSSARY_LIMITS.pictureAltMaxLength}
          required
          error={altError}
          onChange={(event) => onAlt(event.target.value)}
        />
      ) : null}
    </fieldset>
  );
}
