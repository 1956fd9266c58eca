import type { Provider } from '@lexical/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** ws(s)://<this host>/yjs: the sync endpoint on the page's own origin (cookie included). */
export function syncServerUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/**
 * Makes the y-websocket provider CollaborationPlugin asks for. No BroadcastChannel:
 * every change goes through the server, which decides what is allowed and stores it.
 */
export function createProviderFactory(onProvider: (provider: WebsocketProvider) => void) {
  return (id: string, yjsDocMap: Map<string, Y.Doc>): Provider => {
    // CollaborationPlugin may ask twice for one id (React StrictMode): reuse the doc it already has.
    let doc = yjsDocMap.get(id);
    if (!doc) {
      doc = new Y.Doc();
      yjsDocMap.set(id, doc);
    }
    const provider = new WebsocketProvider(syncServerUrl(), id, doc, { connect: false, disableBc: true });
    onProvider(provider);
    return provider as unknown as Provider;
  };
}
