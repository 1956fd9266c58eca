import { LIMITS, type UploadedImage } from '@kopa/protocol';
import { ImagePlus, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { uploadErrorMessage } from '../images/upload-error-message';
import { uploadPicture } from '../images/upload-picture';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { PicturePeople } from '../showcase/PicturePeople';
import { UploadedPicture } from '../images/UploadedPicture';
import './CoverField.css';

export interface CoverFieldProps {
  /** Where the picture is uploaded (the post's space). */
  spaceId: string;
  cover: UploadedImage | null;
  alt: string;
  disabled: boolean;
  onCover(cover: UploadedImage | null): void;
  onAlt(alt: string): void;
}

/** How long typing may pause before the description is saved (it is saved on leaving the field too). */
const ALT_SAVE_DELAY_MS = 800;

/** The post's cover picture: choose, replace or remove it, and describe it (needed before the post goes out). */
export function CoverField({ spaceId, cover, alt, disabled, onCover, onAlt }: CoverFieldProps) {
  const t = useT();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  // How far the upload is (0–1), or null when none is under way.
  const [progress, setProgress] = useState<number | null>(null);
  const uploading = progress !== null;
  const [problem, setProblem] = useState<string | null>(null);
  const description = useAltDraft(alt, onAlt);
  const altField = useRef<HTMLInputElement>(null);
  // A picture just uploaded needs its description next: the field takes the focus once the new cover shows.
  const describeNext = useRef(false);
  useEffect(() => {
    if (!describeNext.current || !cover || !altField.current) return;
    describeNext.current = false;
    altField.current.focus();
  }, [cover]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setProgress(0);
    setProblem(null);
    try {
      // The images feature's upload: progress on slow school networks, and too big or SVG refused before sending.
      const uploaded = await uploadPicture(spaceId, file, setProgress).done;
      describeNext.current = true;
      onCover(uploaded);
    } catch (error) {
      setProblem(uploadErrorMessage(error, file, t));
    } finally {
      setProgress(null);
      // The same file chosen again is a new choice.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <fieldset className="cover-field">
      <legend className="field__label">{t('postEdit.cover')}</legend>
      <div className="cover-field__frame">
        {cover ? (
          // Beside the text on laptops, below all of it on phones: fetched when it comes near.
          <UploadedPicture className="cover-field__image" image={cover} alt={description.value} sizes="(max-width: 640px) 100vw, 22rem" />
        ) : (
          <p className="cover-field__empty">
            {progress !== null ? t('postEdit.cover.uploading', { percent: Math.round(progress * 100) }) : t('postEdit.cover.none')}
          </p>
        )}
      </div>
      {!disabled ? (
        <div className="cover-field__actions">
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            // Out of the page for everyone: the button below opens it.
            hidden
            onChange={(event) => void choose(event.target.files?.[0])}
          />
          <Button variant="secondary" icon={<ImagePlus size={18} />} disabled={uploading} onClick={() => fileInput.current?.click()}>
            {progress !== null
              ? t('postEdit.cover.uploading', { percent: Math.round(progress * 100) })
              : cover
                ? t('postEdit.cover.replace')
                : t('postEdit.cover.choose')}
          </Button>
          {cover ? (
            <Button variant="ghost" icon={<Trash2 size={18} />} disabled={uploading} onClick={() => onCover(null)}>
              {t('postEdit.cover.remove')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {cover ? (
        <TextField
          ref={altField}
          data-cover-alt=""
          label={t('postEdit.cover.alt')}
          hint={t('postEdit.cover.altHint')}
          value={description.value}
          maxLength={LIMITS.altTextMaxLength}
          required
          readOnly={disabled}
          error={description.value.trim() === '' ? t('postEdit.cover.altMissing') : null}
          onChange={(event) => description.change(event.target.value)}
          onFocus={description.focus}
          onBlur={description.blur}
        />
      ) : null}
      {/* Who the cover shows: a cover showing a pupil without photo consent keeps the post off the public showcase. */}
      {cover ? <PicturePeople uploadId={cover.id} /> : null}
    </fieldset>
  );
}

/**
 * The description as it is typed: saved a moment after typing stops and on leaving the
 * field. The server's value replaces it only while the writer is not in the field.
 */
function useAltDraft(saved: string, onAlt: (alt: string) => void) {
  const [value, setValue] = useState(saved);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    setSeen(saved);
    if (!focused) setValue(saved);
  }
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ value, saved, onAlt });
  useEffect(() => {
    latest.current = { value, saved, onAlt };
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const { value: current, saved: stored, onAlt: save } = latest.current;
    if (current.trim() !== stored.trim()) save(current.trim());
  }, []);
  // Leaving the page mid-sentence still saves it.
  useEffect(
    () => () => {
      if (timer.current !== undefined) flush();
    },
    [flush],
  );

  return {
    value,
    change(next: string) {
      setValue(next);
      latest.current = { ...latest.current, value: next };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, ALT_SAVE_DELAY_MS);
    },
    focus() {
      setFocused(true);
    },
    blur() {
      setFocused(false);
      flush();
    },
  };
}
