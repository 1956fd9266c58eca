import type { login as english } from '../en/login.js';

/** The login page. */
export const login: Record<keyof typeof english, string> = {
  'login.title': 'Te damos la bienvenida a Kopa',
  'login.intro': 'Inicia sesión y escribe en equipo con los otros centros.',
  'login.username': 'Nombre de usuario o correo',
  'login.usernameHint': 'Si eres alumno/a: el nombre de usuario que te dio tu docente. Si eres docente: tu correo electrónico.',
  'login.password': 'Contraseña',
  'login.showPassword': 'Mostrar contraseña',
  'login.hidePassword': 'Ocultar contraseña',
  'login.submit': 'Iniciar sesión',
  'login.submitting': 'Iniciando sesión…',
  'login.forgot': '¿Has olvidado tu contraseña? Pide a tu docente que te dé una nueva.',
  'login.demoHint': '¿Quieres probar la demo? Inicia sesión como {username} con la contraseña {password}.',
};
