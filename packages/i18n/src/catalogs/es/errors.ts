import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Alguien lo ha cambiado a la vez que tú, o ahora no se puede hacer. Recarga la página y vuelve a intentarlo.',
  'error.wrong_status': 'Esto no se puede hacer en este paso. Recarga la página para ver en qué punto está.',
  'error.payload_too_large': 'Es demasiado grande para enviarlo. Hazlo más pequeño y vuelve a intentarlo.',
  'error.unsupported_image': 'Kopa no puede usar este archivo. Elige una imagen JPG, PNG, WebP o GIF.',
  'error.invite_invalid': 'Este enlace de invitación ya no funciona. Pide uno nuevo a tu docente.',
  'error.alt_text_missing': 'Algunas imágenes todavía no tienen descripción. Describe cada imagen para alguien que no puede verla y vuelve a intentarlo.',
  'error.consent_missing': 'Una imagen muestra a un alumno o alumna que no ha dado permiso para salir en público. Quita la imagen o pide primero el permiso.',
};
