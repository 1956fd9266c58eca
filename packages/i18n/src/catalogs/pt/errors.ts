import type { errors as english } from '../en/errors.js';

export const errors: Record<keyof typeof english, string> = {
  'error.conflict': 'Alguém mudou isto no mesmo momento, ou agora não é possível. Recarrega a página e tenta outra vez.',
  'error.wrong_status': 'Isto não se pode fazer neste passo. Recarrega a página para veres em que ponto está.',
  'error.payload_too_large': 'É demasiado grande para enviar. Torna-o mais pequeno e tenta outra vez.',
  'error.unsupported_image': 'O Kopa não consegue usar este ficheiro. Escolhe uma imagem JPG, PNG, WebP ou GIF.',
  'error.invite_invalid': 'Este link de convite já não funciona. Pede um novo ao teu professor.',
  'error.alt_text_missing': 'Algumas imagens ainda não têm descrição. Descreve cada imagem para alguém que não a consegue ver e tenta outra vez.',
  'error.consent_missing': 'Uma imagem mostra um aluno que não aceitou aparecer em público. Tira a imagem ou pede primeiro autorização.',
};
