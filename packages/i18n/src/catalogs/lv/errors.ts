import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Kāds to mainīja tajā pašā brīdī, vai arī to tagad nevar izdarīt. Pārlādē lapu un mēģini vēlreiz.',
  'error.wrong_status': 'Šajā solī to nevar izdarīt. Pārlādē lapu, lai redzētu, kā ir tagad.',
  'error.payload_too_large': 'Tas ir par lielu, lai nosūtītu. Padari to mazāku un mēģini vēlreiz.',
  'error.unsupported_image': 'Kopa nevar izmantot šo datni. Izvēlies JPG, PNG, WebP vai GIF attēlu.',
  'error.invite_invalid': 'Šī uzaicinājuma saite vairs nedarbojas. Palūdz skolotājam jaunu.',
  'error.alt_text_missing': 'Dažiem attēliem vēl nav apraksta. Apraksti katru attēlu tam, kurš to nevar redzēt, un mēģini vēlreiz.',
  'error.consent_missing': 'Attēlā ir skolēns, kurš nav piekritis, ka viņu rāda publiski. Izņem attēlu vai vispirms palūdz piekrišanu.',
};
