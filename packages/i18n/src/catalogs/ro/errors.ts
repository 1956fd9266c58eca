import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Cineva a schimbat asta în același moment sau acum nu se poate face. Reîncarcă pagina și încearcă din nou.',
  'error.wrong_status': 'Asta nu se poate face la acest pas. Reîncarcă pagina ca să vezi unde a ajuns.',
  'error.payload_too_large': 'E prea mare ca să fie trimis. Fă-l mai mic și încearcă din nou.',
  'error.unsupported_image': 'Kopa nu poate folosi acest fișier. Alege o imagine JPG, PNG, WebP sau GIF.',
  'error.invite_invalid': 'Acest link de invitație nu mai funcționează. Cere-i profesorului unul nou.',
  'error.alt_text_missing': 'Unele imagini nu au încă o descriere. Descrie fiecare imagine pentru cineva care nu o poate vedea, apoi încearcă din nou.',
  'error.consent_missing': 'O imagine arată un elev care nu și-a dat acordul să apară în public. Scoate imaginea sau cere mai întâi acordul.',
};
