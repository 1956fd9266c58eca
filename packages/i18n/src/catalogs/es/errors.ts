import type { errors as english } from '../en/errors.js';

export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Alguien lo ha cambiado en el mismo momento, o ahora no se puede hacer. Recarga la página e inténtalo otra vez.',
  'error.wrong_status': 'Esto no se puede hacer en este paso. Recarga la página para ver cómo está ahora.',
  'error.payload_too_large': 'Es demasiado grande para enviarlo. Hazlo más pequeño e inténtalo otra vez.',
  'error.unsupported_image': 'Kopa no puede usar este archivo. Elige una imagen JPG, PNG, WebP o GIF.',
  'error.invite_invalid': 'Este enlace de invitación ya no funciona. Pide uno nuevo a tu profesor o profesora.',
  'error.alt_text_missing': 'Algunas imágenes todavía no tienen descripción. Describe cada imagen para alguien que no puede verla e inténtalo otra vez.',
  'error.consent_missing': 'Una imagen muestra a un alumno o alumna que no ha aceptado salir en público. Quita la imagen o pide primero su permiso.',
};
