import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Alumnado',

  'pupils.title': 'Alumnado',
  'pupils.intro':
    'El alumnado de {school} inicia sesión con un nombre de usuario y una contraseña que le das tú. Los demás solo ven su nombre de pila y su país, nunca el nombre completo.',
  'pupils.noSchool': 'Tu cuenta no pertenece a ningún centro, así que aquí no tienes alumnado a tu cargo.',

  'pupils.add.heading': 'Añadir alumnado',
  'pupils.add.label': 'Nombres de pila, uno por línea',
  'pupils.add.hint':
    'Escribe o pega una lista, por ejemplo de una hoja de cálculo. Solo se guarda la primera palabra de cada línea: un nombre de pila o un apodo. Hasta {max} a la vez.',
  'pupils.add.count': '{count, plural, =0 {Aún no hay nombres} one {# nombre} other {# nombres}}',
  'pupils.add.submit': '{count, plural, =0 {Crear cuentas} one {Crear # cuenta} other {Crear # cuentas}}',
  'pupils.add.submitting': 'Creando cuentas…',
  'pupils.add.none': 'Escribe al menos un nombre de pila.',
  'pupils.add.tooMany': 'Son {count} nombres; como máximo {max} a la vez. Divide la lista y añádela por partes.',
  'pupils.add.notNames':
    '{count, plural, one {La línea {lines} no es un nombre de pila} other {Las líneas {lines} no son nombres de pila}}: usa solo letras, sin números, emojis ni símbolos.',
  'pupils.add.sameName':
    '{count, plural, =2 {Hay dos que se llaman {name}} =3 {Hay tres que se llaman {name}} other {Hay # que se llaman {name}}}: mira los nombres de usuario en sus tarjetas para distinguirlos.',
  'pupils.add.shortened':
    '{count, plural, one {# línea tiene más de una palabra: solo se guarda la primera.} other {# líneas tienen más de una palabra: solo se guarda la primera de cada una.}}',

  'pupils.created.title': '{count, plural, one {# cuenta lista} other {# cuentas listas}}',
  'pupils.created.onlyOnce':
    'Imprime ahora las tarjetas de acceso: las contraseñas solo se muestran esta vez. Más adelante puedes dar una contraseña nueva a quien quieras.',
  'pupils.created.print': 'Imprimir tarjetas de acceso',
  'pupils.created.done': 'Listo, ocultar contraseñas',
  'pupils.created.caption': 'Cuentas nuevas y sus contraseñas',

  'pupils.column.name': 'Nombre',
  'pupils.column.username': 'Nombre de usuario',
  'pupils.column.password': 'Contraseña',

  'pupils.list.heading': 'Tu alumnado',
  'pupils.list.count': '{count, plural, =0 {Aún no hay alumnado} one {# alumno/a} other {# alumnos/as}}',
  'pupils.list.empty': 'Aún no hay alumnado. Añade tu clase arriba: un nombre de pila por línea.',

  'pupils.active.switch': '{name} puede iniciar sesión',
  'pupils.active.on': 'Puede entrar',
  'pupils.active.off': 'Desactivada',

  'pupils.reset.button': 'Contraseña nueva',
  'pupils.reset.buttonFor': 'Contraseña nueva para {name}',
  'pupils.reset.confirm': '¿Dar a {name} una contraseña nueva? La antigua deja de funcionar al instante y se cierra la sesión de {name} en todos sus dispositivos.',
  'pupils.reset.yes': 'Sí, contraseña nueva',
  'pupils.reset.cancel': 'Cancelar',
  'pupils.reset.shown': 'Contraseña nueva para {name}; solo se muestra ahora:',
  'pupils.reset.printCard': 'Imprimir tarjeta',
  'pupils.reset.hide': 'Ocultar',

  'pupils.cards.title': 'Tarjetas de acceso',
  'pupils.cards.back': 'Volver al alumnado',
  'pupils.cards.print': 'Imprimir',
  'pupils.cards.hint':
    '{count, plural, one {# tarjeta} other {# tarjetas}}, ocho por página A4. Recorta por las líneas discontinuas y da a cada persona su tarjeta.',
  'pupils.cards.empty':
    'No hay contraseñas nuevas para imprimir. Las contraseñas solo se muestran una vez: añade alumnado o da una contraseña nueva a alguien, e imprime desde ahí.',
  'pupils.cards.username': 'Nombre de usuario',
  'pupils.cards.password': 'Contraseña',
  'pupils.cards.scan': 'Escanea para entrar',
  'pupils.cards.address': 'O abre {address}',
  'pupils.cards.qr': 'Código QR: abre la página de inicio de sesión de {username}',
  'pupils.cards.forget': 'Olvidar estas contraseñas',
};
