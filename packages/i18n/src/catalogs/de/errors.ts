import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Jemand hat das im selben Moment geändert, oder es geht gerade nicht. Lade die Seite neu und versuch es noch einmal.',
  'error.wrong_status': 'Das geht in diesem Schritt nicht. Lade die Seite neu, um zu sehen, wo es gerade steht.',
  'error.payload_too_large': 'Das ist zu groß zum Senden. Mach es kleiner und versuch es noch einmal.',
  'error.unsupported_image': 'Kopa kann diese Datei nicht verwenden. Wähl ein JPG-, PNG-, WebP- oder GIF-Bild.',
  'error.invite_invalid': 'Dieser Einladungslink funktioniert nicht mehr. Frag deine Lehrkraft nach einem neuen.',
  'error.alt_text_missing': 'Manche Bilder haben noch keine Beschreibung. Beschreib jedes Bild für jemanden, der es nicht sehen kann, und versuch es noch einmal.',
  'error.consent_missing': 'Ein Bild zeigt jemanden, der nicht öffentlich gezeigt werden darf. Nimm das Bild heraus oder frag zuerst nach der Einwilligung.',
};
