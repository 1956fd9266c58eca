import type { offline as english } from '../en/offline.js';

/** Working with a weak connection: the save indicator, and text the server could not take. */
export const offline: Record<keyof typeof english, string> = {
  'offline.status.saved': 'Todas as alterações guardadas',
  'offline.status.saving': 'A guardar…',
  'offline.status.offlineKept': 'Sem ligação: o teu trabalho fica guardado neste dispositivo',
  'offline.status.offline': 'Sem ligação: podes continuar a trabalhar',
  'offline.status.connecting': 'A ligar…',
  'offline.status.live': 'Ligado',
  'offline.status.offlineReading': 'Sem ligação',
  'offline.status.short.saved': 'Guardado',
  'offline.status.short.offlineKept': 'Sem ligação, guardado aqui',

  'offline.rescue.title': 'O teu texto que não foi possível guardar',
  'offline.rescue.titleOf': 'O teu texto de «{title}» que não foi possível guardar',
  'offline.rescue.whyOffline':
    'Os professores puseram a edição em pausa ou o teu acesso mudou enquanto estavas sem ligação, por isso estas alterações não foram guardadas. O teu texto deste dispositivo está em baixo: copia-o para o poderes usar outra vez.',
  'offline.rescue.whyOnline':
    'Os professores puseram a edição em pausa ou o teu acesso mudou enquanto escrevias, por isso as tuas últimas alterações não foram guardadas. O teu texto está em baixo: copia-o para o poderes usar outra vez.',
  'offline.rescue.textLabel': 'O teu texto (só de leitura)',
  'offline.rescue.copy': 'Copiar texto',
  'offline.rescue.copied': 'Copiado. Podes colá-lo onde quiseres.',
  'offline.rescue.selected': 'O texto está selecionado: carrega em Ctrl+C (⌘C num Mac) para o copiares.',
  'offline.rescue.remove': 'Remover este texto',
  'offline.rescue.removeHint': 'Só depois de o guardares noutro sítio: o Kopa não tem mais nenhuma cópia.',

  'offline.home.title': 'Parte do teu trabalho não foi guardada',
  'offline.home.text':
    'Os professores puseram a edição em pausa ou o teu acesso mudou enquanto estavas sem ligação. O teu texto está guardado neste dispositivo: abre cada um para o copiares.',
  'offline.home.open': 'Abrir «{title}» para copiares o teu texto',
};
