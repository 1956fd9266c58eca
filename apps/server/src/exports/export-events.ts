import { userRoom, type ExportJob } from '@kopa/protocol';
import type { KopaIo } from '../control/control-types.js';

/** Where an export's progress goes: to whoever started it. */
export interface ExportNotifier {
  progress(userId: string, job: ExportJob): void;
  finished(userId: string, job: ExportJob): void;
}

/** Over Socket.IO, to every tab of the person who started the export (their user room). */
export class ExportEvents implements ExportNotifier {
  constructor(private readonly io: KopaIo) {}

  progress(userId: string, job: ExportJob): void {
    this.io.to(userRoom(userId)).emit('export:progress', job);
  }

  finished(userId: string, job: ExportJob): void {
    this.io.to(userRoom(userId)).emit('export:finished', job);
  }
}
