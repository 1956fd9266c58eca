import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Exportar',
  'exports.intro':
    'Descarga toda la asociación en un solo archivo. Se prepara en segundo plano: sigue trabajando y el enlace aparecerá aquí cuando esté listo. Cada archivo se guarda durante un día.',
  'exports.loadFailed': 'No se han podido cargar las exportaciones.',
  'exports.format.label': 'Qué exportar',
  'exports.format.backup': 'Copia de seguridad completa',
  'exports.format.backup.hint':
    'Todo, para restaurarlo en un Kopa vacío: las personas con sus contraseñas (nunca sus sesiones), los espacios, documentos, pizarras, entradas del blog, imágenes y todo su historial. Guarda el archivo con tanto cuidado como el propio servidor.',
  'exports.format.site': 'Sitio web',
  'exports.format.site.hint':
    'Un sitio web para abrir desde una carpeta o subir a las páginas web del proyecto: la asociación, las visitas, todas las entradas publicadas en el blog, los documentos y las pizarras, con sus imágenes y la licencia. Los borradores se quedan fuera; el alumnado solo aparece con nombre si su centro tiene su permiso.',
  'exports.format.markdown': 'Archivos Markdown',
  'exports.format.markdown.hint':
    'Las entradas publicadas y los documentos como archivos Markdown, las pizarras como imágenes SVG, con un índice y sus imágenes: para una wiki, un creador de sitios web o cualquier editor de texto.',
  'exports.start': 'Empezar la exportación',
  'exports.starting': 'Empezando…',
  'exports.busy': 'Tu exportación está en marcha: la siguiente podrá empezar cuando termine.',
  'exports.busyElsewhere': 'Tienes otra exportación en marcha: esta podrá empezar cuando termine.',
  'exports.recent': 'Tus exportaciones',
  'exports.job.title': '{format}, empezada {when}',
  'exports.job.preparing': 'Preparando…',
  'exports.job.running': 'Exportando… {percent}',
  'exports.job.progress': 'Progreso de la exportación ({when})',
  'exports.job.done': 'Lista. El archivo se guarda hasta {until}.',
  'exports.job.download': 'Descargar ({size})',
  'exports.job.downloadLabel': 'Descargar el archivo: {format}, {when} ({size})',
  'exports.job.failed': 'La exportación no ha terminado. Vuelve a empezarla; si falla otra vez, avisa a la administración.',
  // One space, on its own page.
  'exports.space.title': 'Exportar este espacio',
  'exports.space.open': 'Elegir qué exportar',
  'exports.space.close': 'Cerrar la exportación',
  'exports.space.intro':
    'Descarga los documentos, las pizarras y las entradas publicadas de este espacio en un solo archivo. Se prepara en segundo plano: sigue trabajando y el enlace aparecerá aquí cuando esté listo. Cada archivo se guarda durante un día.',
  'exports.site.home': 'Inicio',
  'exports.site.timeline': 'Visitas y entradas',
  'exports.site.credits': 'Créditos',
  'exports.site.creditsRule':
    'Todas las personas que escribieron lo que hay aquí. El alumnado solo aparece con nombre si su centro tiene su permiso; el resto se cuenta por países.',
  'exports.site.creditsPerItem': 'Quién escribió cada cosa',
  'exports.site.space': 'Del espacio «{title}»',
  'exports.site.host': 'Centro de acogida: {school} ({country})',
  'exports.site.phaseEmpty': 'No hay entradas.',
  'exports.site.otherPosts': 'Otras entradas',
  'exports.site.exported': 'Exportado desde Kopa el {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Imprimir',
};
