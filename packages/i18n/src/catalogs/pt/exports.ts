import type { exporting as english } from '../en/exports.js';

/** Exports of a partnership or one space (a complete backup, a static website, Markdown): the panels on the partnership and space pages, and the words the website and Markdown exports write. */
export const exporting: Record<keyof typeof english, string> = {
  'exports.title': 'Exportar',
  'exports.intro':
    'Transfere toda a parceria num só ficheiro. É preparado em segundo plano: continua a trabalhar, e o link aparece aqui quando estiver pronto. Cada ficheiro fica disponível durante um dia.',
  'exports.loadFailed': 'Não foi possível carregar as exportações.',
  'exports.format.label': 'O que exportar',
  'exports.format.backup': 'Cópia de segurança completa',
  'exports.format.backup.hint':
    'Tudo, para restaurar num Kopa vazio: as pessoas com as suas palavras-passe (nunca as sessões), os espaços, documentos, quadros, artigos do blogue, imagens e todo o histórico. Guarda o ficheiro com tanto cuidado como o próprio servidor.',
  'exports.format.site': 'Site',
  'exports.format.site.hint':
    'Um site para abrir a partir de uma pasta ou pôr nas páginas web do projeto: a parceria, as visitas, todos os artigos publicados no blogue, os documentos e os quadros, com as imagens e a licença. Os rascunhos ficam de fora; os alunos só aparecem com nome se a escola tiver a autorização deles.',
  'exports.format.markdown': 'Ficheiros Markdown',
  'exports.format.markdown.hint':
    'Os artigos publicados e os documentos como ficheiros Markdown, os quadros como imagens SVG, com um índice e as imagens: para uma wiki, um criador de sites ou qualquer editor de texto.',
  'exports.start': 'Começar a exportação',
  'exports.starting': 'A começar…',
  'exports.busy': 'A tua exportação está a decorrer: a próxima pode começar quando esta acabar.',
  'exports.busyElsewhere': 'Tens outra exportação a decorrer: esta pode começar quando essa acabar.',
  'exports.recent': 'As tuas exportações',
  'exports.job.title': '{format}, começada {when}',
  'exports.job.preparing': 'A preparar…',
  'exports.job.running': 'A exportar… {percent}',
  'exports.job.progress': 'Progresso da exportação ({when})',
  'exports.job.done': 'Pronto. O ficheiro fica guardado até {until}.',
  'exports.job.download': 'Transferir ({size})',
  'exports.job.downloadLabel': 'Transferir o ficheiro: {format}, {when} ({size})',
  'exports.job.failed': 'A exportação não terminou. Começa-a outra vez; se voltar a falhar, avisa a administração.',
  // One space, on its own page.
  'exports.space.title': 'Exportar este espaço',
  'exports.space.open': 'Escolher o que exportar',
  'exports.space.close': 'Fechar a exportação',
  'exports.space.intro':
    'Transfere os documentos, os quadros e os artigos publicados deste espaço num só ficheiro. É preparado em segundo plano: continua a trabalhar, e o link aparece aqui quando estiver pronto. Cada ficheiro fica disponível durante um dia.',
  'exports.site.home': 'Início',
  'exports.site.timeline': 'Visitas e artigos',
  'exports.site.credits': 'Créditos',
  'exports.site.creditsRule':
    'Todas as pessoas que escreveram o que está aqui. Os alunos só aparecem com nome quando a escola tem a autorização deles; os outros são contados por país.',
  'exports.site.creditsPerItem': 'Quem escreveu cada um',
  'exports.site.space': 'Do espaço «{title}»',
  'exports.site.host': 'Escola de acolhimento: {school} ({country})',
  'exports.site.phaseEmpty': 'Sem artigos.',
  'exports.site.otherPosts': 'Outros artigos',
  'exports.site.exported': 'Exportado do Kopa a {date}.',
  // Printing a document or a post (its title, credits, text, pictures and the licence; print/print.css).
  'print.button': 'Imprimir',
};
