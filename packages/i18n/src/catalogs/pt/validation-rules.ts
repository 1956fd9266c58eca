import type { validationRules as english } from '../en/validation-rules.js';

/** What is wrong with something the server checked against the partnership after the form itself was fine (`ApiError.problem`). */
export const validationRules: Record<keyof typeof english, string> = {
  'validation.problem.not_in_partnership': 'Isso não faz parte desta parceria, ou já não faz. Recarrega a página e escolhe outra vez.',
  'validation.problem.ends_before_start': 'A data de fim é antes da data de início. Escolhe uma data de fim igual ou depois do início.',
  'validation.problem.outside_partnership_dates': 'A visita tem de acontecer enquanto a parceria dura. Escolhe datas entre o início e o fim dela.',
  'validation.problem.language_taken': 'Já existe uma versão nesta língua. Escolhe outra língua ou apaga primeiro essa versão.',
  'validation.problem.same_as_original': 'O artigo já está escrito nesta língua. Escolhe outra.',
  'validation.problem.picture_needs_description': 'Diz em poucas palavras o que a imagem mostra, para quem não a consegue ver.',
  'validation.problem.needs_visit_first': 'Escolhe primeiro a visita e depois diz se é antes, durante ou depois.',
};
