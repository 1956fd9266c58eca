import type { images as english } from '../en/images.js';

/** Pictures in documents and posts: adding them, uploading, describing them. */
export const images: Record<keyof typeof english, string> = {
  'images.add': 'Adicionar uma imagem',
  'images.takePhoto': 'Tirar uma fotografia',
  'images.uploading': 'A adicionar {name}…',
  'images.uploadProgress': 'Carregamento de {name}',
  'images.picture': 'Imagem: {description}',
  'images.pictureWithoutDescription': 'Imagem sem descrição',
  'images.cannotShow': 'Não é possível mostrar esta imagem.',
  'images.needsDescription': 'Falta a descrição',
  'images.descriptionLabel': 'Descreve a imagem para alguém que não a consegue ver',
  'images.descriptionHint': 'Diz o que se vê, por exemplo: «A nossa turma em frente ao castelo de Riga».',
  'images.done': 'Concluído',
  'images.remove': 'Remover imagem',
  'images.dismiss': 'Fechar',
  'images.error.unsupported': '«{name}» não é uma imagem que o Kopa possa usar. Escolhe um JPG, PNG, WebP ou GIF.',
  'images.error.svg': '«{name}» é um desenho SVG, e não é possível adicionar desenhos. Guarda-o como PNG e tenta outra vez.',
  'images.error.tooBig':
    '«{name}» é grande demais: uma imagem pode ter no máximo {megabytes} MB. Escolhe uma mais pequena ou tira outra vez a fotografia com menos qualidade.',
  'images.error.forbidden': 'Não podes adicionar imagens aqui.',
  'images.error.other': 'Não foi possível adicionar «{name}». {reason}',
};
