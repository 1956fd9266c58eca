import type { Provider } from '@lexical/yjs';
import * as Y from 'yjs';
import { LocalCopy, type CopyOwner } from '../offline/local-copy';
import { OnlineAwareProvider } from '../offline/online-aware-provider';

/** ws(s)://<this host>/yjs: the sync endpoint on the page's own origin (cookie included). */
export function syncServerUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
}

/**
 * Makes the y-websocket provider CollaborationPlugin asks for, with the item's copy on this
 * device (LocalCopy: kept in IndexedDB, and whether the server has stored everything).
 * No BroadcastChannel: every change goes through the server, which decides what is allowed
 * and stores it.
 */
export function createProviderFactory(owner: CopyOwner, onCopy: (copy: LocalCopy) => void) {
  return (id: string, yjsDocMap: Map<string, Y.Doc>): Provider => {
    // CollaborationPlugin may ask twice for one id (React StrictMode): reuse the doc it already has.
    let doc = yjsDocMap.get(id);
    if (!doc) {
      doc = new Y.Doc();
      yjsDocMap.set(id, doc);
    }
    const provider = new OnlineAwareProvider(syncServerUrl(), id, doc);
    onCopy(new LocalCopy(provider, owner));
    return provider as unknown as Provider;
  };
}
