import type { editor as english } from '../en/editor.js';

/** The document editor. */
export const editor: Record<keyof typeof english, string> = {
  'editor.back': 'Voltar aos teus espaços',
  'editor.placeholder': 'Começa a escrever aqui…',
  'editor.toolbar': 'Formatação',
  'editor.undo': 'Anular',
  'editor.redo': 'Refazer',
  'editor.bold': 'Negrito',
  'editor.italic': 'Itálico',
  'editor.heading1': 'Título grande',
  'editor.heading2': 'Título pequeno',
  'editor.bulletList': 'Lista com marcas',
  'editor.numberedList': 'Lista numerada',
  'editor.link': 'Link',
  'editor.linkPrompt': 'Endereço web do link',
  'editor.linkInvalid': 'Isso não parece um endereço web. Experimenta algo como www.exemplo.pt.',
  'editor.linkApply': 'Adicionar link',
  'editor.linkRemove': 'Remover link',
  'editor.editsRefused': 'Algumas alterações que fizeste enquanto a edição estava em pausa não foram guardadas. Agora vês a versão mais recente, com as alterações de todos.',
  'editor.readOnlyBanner': 'Podes ler este documento, mas não o podes alterar.',
  'editor.lockedBanner': 'Os professores bloquearam este documento. Podes lê-lo, mas não o podes alterar.',
  'editor.writers': 'A escrever aqui: {names}',
};
