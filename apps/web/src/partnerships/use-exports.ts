import type { ExportFormatInfo, ExportFormatName, ExportJob } from '@kopa/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useControlSocket } from '../live/ControlSocketProvider';
import { exportsApi } from './exports-api';
import { mergeExportJob } from './export-jobs';

export type ExportsState =
  | { status: 'loading' }
  | { status: 'ready'; formats: ExportFormatInfo[]; jobs: ExportJob[] }
  | { status: 'failed'; error: unknown };

/**
 * What the user may export from a partnership and their own exports, kept current by the
 * server's `export:progress` and `export:finished` (fetched again after a reconnection,
 * in case the news of one finishing came while the socket was away).
 */
export function useExports(partnershipId: string) {
  const socket = useControlSocket();
  const [state, setState] = useState<ExportsState>({ status: 'loading' });

  const reload = useCallback(() => {
    exportsApi
      .overview(partnershipId)
      .then((overview) => setState({ status: 'ready', formats: overview.formats, jobs: overview.jobs }))
      .catch((error: unknown) => setState({ status: 'failed', error }));
  }, [partnershipId]);
  useEffect(reload, [reload]);

  const put = useCallback(
    (job: ExportJob) => {
      if (job.partnershipId !== partnershipId) return;
      setState((current) => (current.status === 'ready' ? { ...current, jobs: mergeExportJob(current.jobs, job) } : current));
    },
    [partnershipId],
  );

  useEffect(() => {
    if (!socket) return;
    socket.on('export:progress', put);
    socket.on('export:finished', put);
    socket.io.on('reconnect', reload);
    return () => {
      socket.off('export:progress', put);
      socket.off('export:finished', put);
      socket.io.off('reconnect', reload);
    };
  }, [socket, put, reload]);

  const start = useCallback(
    async (format: ExportFormatName, language: string, spaceId?: string) => {
      put(await exportsApi.start(partnershipId, format, language, spaceId));
    },
    [partnershipId, put],
  );

  return { state, reload, start };
}

export type Exports = ReturnType<typeof useExports>;
