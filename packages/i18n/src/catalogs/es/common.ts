import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Escribe, dibuja y planifica con tus centros socios.',
  'app.skipToContent': 'Saltar al contenido',
  'app.loading': 'Cargando…',

  'language.label': 'Idioma',

  'error.invalid_credentials': 'El nombre de usuario y la contraseña no coinciden. Revísalos y vuelve a intentarlo.',
  'error.account_disabled': 'Tu cuenta está desactivada por ahora. Pide a tu docente que la active de nuevo.',
  'error.too_many_attempts':
    'Demasiados intentos. Espera {minutes, plural, one {# minuto} other {# minutos}} y vuelve a intentarlo.',
  'error.invalid_request': 'Hay algo en el formulario que no está bien. Revisa lo que has escrito y vuelve a intentarlo.',
  'error.username_required': 'Escribe tu nombre de usuario o tu correo.',
  'error.password_required': 'Escribe tu contraseña.',
  'error.unauthenticated': 'Vuelve a iniciar sesión.',
  'error.forbidden': 'No tienes acceso a esto.',
  'error.not_found': 'No lo hemos encontrado. Puede que se haya movido o eliminado.',
  'error.network': 'Kopa no puede conectar con el servidor. Revisa tu conexión a internet y vuelve a intentarlo.',
  'error.offline_not_cached':
    'Todavía no lo has abierto en este dispositivo, así que no se puede abrir sin internet. Se abrirá en cuanto vuelvas a tener conexión.',
  'error.internal': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo dentro de un momento.',
  'error.retry': 'Reintentar',

  'nav.main': 'Menú principal',
  'nav.home': 'Inicio',
  'nav.logout': 'Cerrar sesión',
  'nav.account': 'Has iniciado sesión como {name}',

  'role.coordinator': 'Coordinador/a',
  'role.teacher': 'Docente',
  'role.pupil': 'Alumno/a',
  'role.guest': 'Invitado/a',

};
