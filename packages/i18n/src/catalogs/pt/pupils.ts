import type { pupils as english } from '../en/pupils.js';

/** Pupil accounts: adding a class, new passwords, switching accounts off, login cards. */
export const pupils: Record<keyof typeof english, string> = {
  'nav.pupils': 'Alunos',

  'pupils.title': 'Alunos',
  'pupils.intro':
    'Os alunos da escola {school} iniciam sessão com um nome de utilizador e uma palavra-passe que lhes dás. Os outros veem só o primeiro nome e o país, nunca o nome completo.',
  'pupils.noSchool': 'A tua conta não pertence a nenhuma escola, por isso aqui não tens alunos a teu cargo.',

  'pupils.add.heading': 'Adicionar alunos',
  'pupils.add.label': 'Primeiros nomes, um por linha',
  'pupils.add.hint':
    'Escreve ou cola uma lista, por exemplo de uma folha de cálculo. Só fica a primeira palavra de cada linha: um primeiro nome ou uma alcunha. Até {max} de cada vez.',
  'pupils.add.count': '{count, plural, =0 {Ainda sem nomes} one {# nome} other {# nomes}}',
  'pupils.add.submit': '{count, plural, =0 {Criar contas} one {Criar # conta} other {Criar # contas}}',
  'pupils.add.submitting': 'A criar contas…',
  'pupils.add.none': 'Escreve pelo menos um primeiro nome.',
  'pupils.add.tooMany': 'São {count} nomes; no máximo {max} de cada vez. Divide a lista e adiciona-a por partes.',
  'pupils.add.notNames':
    '{count, plural, one {A linha {lines} não é um primeiro nome} other {As linhas {lines} não são primeiros nomes}}: usa só letras, sem algarismos, emojis nem símbolos.',
  'pupils.add.sameName':
    '{count, plural, =2 {Há duas pessoas chamadas {name}} =3 {Há três pessoas chamadas {name}} other {Há # pessoas chamadas {name}}}: vê os nomes de utilizador nos cartões para os distinguires.',
  'pupils.add.shortened':
    '{count, plural, one {# linha tem mais de uma palavra: só fica a primeira.} other {# linhas têm mais de uma palavra: só fica a primeira de cada uma.}}',

  'pupils.created.title': '{count, plural, one {# conta pronta} other {# contas prontas}}',
  'pupils.created.onlyOnce':
    'Imprime já os cartões de acesso: as palavras-passe só aparecem desta vez. Mais tarde podes dar uma palavra-passe nova a quem quiseres.',
  'pupils.created.print': 'Imprimir cartões de acesso',
  'pupils.created.done': 'Pronto, ocultar as palavras-passe',
  'pupils.created.caption': 'Contas novas e as suas palavras-passe',

  'pupils.column.name': 'Nome',
  'pupils.column.username': 'Nome de utilizador',
  'pupils.column.password': 'Palavra-passe',

  'pupils.list.heading': 'Os teus alunos',
  'pupils.list.count': '{count, plural, =0 {Ainda sem alunos} one {# aluno/a} other {# alunos}}',
  'pupils.list.empty': 'Ainda não há alunos. Adiciona a tua turma acima: um primeiro nome por linha.',

  'pupils.active.switch': '{name} pode iniciar sessão',
  'pupils.active.on': 'Pode entrar',
  'pupils.active.off': 'Desativada',

  'pupils.reset.button': 'Nova palavra-passe',
  'pupils.reset.buttonFor': 'Nova palavra-passe para {name}',
  'pupils.reset.confirm': 'Dar uma palavra-passe nova a {name}? A antiga deixa logo de funcionar e a sessão de {name} termina em todos os dispositivos.',
  'pupils.reset.yes': 'Sim, nova palavra-passe',
  'pupils.reset.cancel': 'Cancelar',
  'pupils.reset.shown': 'Nova palavra-passe para {name}, só mostrada agora:',
  'pupils.reset.printCard': 'Imprimir cartão',
  'pupils.reset.hide': 'Ocultar',

  'pupils.cards.title': 'Cartões de acesso',
  'pupils.cards.back': 'Voltar aos alunos',
  'pupils.cards.print': 'Imprimir',
  'pupils.cards.hint':
    '{count, plural, one {# cartão} other {# cartões}}, oito por cada página A4. Recorta pelas linhas tracejadas e dá a cada pessoa o seu cartão.',
  'pupils.cards.empty':
    'Não há palavras-passe novas para imprimir. As palavras-passe só aparecem uma vez: adiciona alunos ou dá uma palavra-passe nova a alguém e imprime a partir daí.',
  'pupils.cards.username': 'Nome de utilizador',
  'pupils.cards.password': 'Palavra-passe',
  'pupils.cards.scan': 'Lê o código para entrar',
  'pupils.cards.address': 'Ou abre {address}',
  'pupils.cards.qr': 'Código QR: abre a página de início de sessão de {username}',
  'pupils.cards.forget': 'Esquecer estas palavras-passe',
};
