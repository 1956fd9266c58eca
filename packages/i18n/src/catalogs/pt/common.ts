import type { common as english } from '../en/common.js';

/** Words every page uses: the app, navigation, roles, errors, connection status. */
export const common: Record<keyof typeof english, string> = {
  'app.name': 'Kopa',
  'app.tagline': 'Escreve, desenha e planeia em conjunto com as escolas parceiras.',
  'app.skipToContent': 'Saltar para o conteúdo',
  'app.loading': 'A carregar…',

  'language.label': 'Língua',

  'error.invalid_credentials': 'O nome de utilizador e a palavra-passe não coincidem. Verifica-os e tenta outra vez.',
  'error.account_disabled': 'A tua conta está desativada por agora. Pede aos teus professores que a voltem a ativar.',
  'error.too_many_attempts':
    'Demasiadas tentativas. Espera {minutes, plural, one {# minuto} other {# minutos}} e tenta outra vez.',
  'error.invalid_request': 'Há alguma coisa no formulário que não está bem. Verifica o que preencheste e tenta outra vez.',
  'error.username_required': 'Escreve o teu nome de utilizador ou e-mail.',
  'error.password_required': 'Escreve a tua palavra-passe.',
  'error.unauthenticated': 'Inicia sessão outra vez.',
  'error.forbidden': 'Não tens acesso a isto.',
  'error.not_found': 'Não encontrámos isto. Pode ter sido movido ou eliminado.',
  'error.network': 'O Kopa não consegue ligar-se ao servidor. Verifica a tua ligação à internet e tenta outra vez.',
  'error.offline_not_cached':
    'Ainda não abriste isto neste dispositivo, por isso não abre sem internet. Abre assim que voltares a ter ligação.',
  'error.internal': 'Algo correu mal do nosso lado. Tenta outra vez daqui a pouco.',
  'error.retry': 'Tentar outra vez',

  'nav.main': 'Menu principal',
  'nav.home': 'Início',
  'nav.logout': 'Terminar sessão',
  'nav.account': 'Sessão iniciada como {name}',

  'role.coordinator': 'Coordenador/a',
  'role.teacher': 'Professor/a',
  'role.pupil': 'Aluno/a',
  'role.guest': 'Convidado/a',

};
