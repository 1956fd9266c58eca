import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Volver a tus espacios',
  'editor.placeholder': 'Empieza a escribir aquí…',
  'editor.toolbar': 'Formato',
  'editor.undo': 'Deshacer',
  'editor.redo': 'Rehacer',
  'editor.bold': 'Negrita',
  'editor.italic': 'Cursiva',
  'editor.heading1': 'Título grande',
  'editor.heading2': 'Título pequeño',
  'editor.bulletList': 'Lista con viñetas',
  'editor.numberedList': 'Lista numerada',
  'editor.link': 'Enlace',
  'editor.linkPrompt': 'Dirección web del enlace',
  'editor.linkInvalid': 'Eso no parece una dirección web. Prueba con algo como www.ejemplo.es.',
  'editor.linkApply': 'Añadir enlace',
  'editor.linkRemove': 'Quitar enlace',
  'editor.editsRefused': 'Algunos cambios que hiciste mientras la edición estaba en pausa no se han podido guardar. Ahora ves la versión más reciente, con los cambios de todo el mundo.',
  'editor.readOnlyBanner': 'Puedes leer este documento, pero no cambiarlo.',
  'editor.lockedBanner': 'El profesorado ha bloqueado este documento. Puedes leerlo, pero no cambiarlo.',
  'editor.writers': 'Escribiendo aquí: {names}',
};
