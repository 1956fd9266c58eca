import type { errors as english } from '../en/errors.js';

/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Alguém alterou isto ao mesmo tempo, ou agora não é possível. Recarrega a página e tenta outra vez.',
  'error.wrong_status': 'Isto não se pode fazer neste passo. Recarrega a página para veres em que ponto está.',
  'error.payload_too_large': 'É demasiado grande para enviar. Torna-o mais pequeno e tenta outra vez.',
  'error.unsupported_image': 'O Kopa não consegue usar este ficheiro. Escolhe uma imagem JPG, PNG, WebP ou GIF.',
  'error.invite_invalid': 'Este link de convite já não funciona. Pede um novo aos teus professores.',
  'error.alt_text_missing': 'Algumas imagens ainda não têm descrição. Descreve cada imagem para alguém que não a consegue ver e tenta outra vez.',
  'error.consent_missing': 'Uma imagem mostra um aluno ou aluna que não deu autorização para aparecer em público. Tira a imagem ou pede primeiro a autorização.',
};
