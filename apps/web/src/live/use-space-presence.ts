import type { PresenceMember } from '@kopa/protocol';
import { useEffect, useState } from 'react';
import { useControlSocket } from './ControlSocketProvider';

/** Who is in a space right now, kept live over Socket.IO. Joining also tells the others we are here. */
export function useSpacePresence(spaceId: string): PresenceMember[] {
  const socket = useControlSocket();
  const [members, setMembers] = useState<PresenceMember[]>([]);

  useEffect(() => {
    if (!socket) return;
    const join = () => {
      socket.emit('presence:join', { spaceId }, (response) => {
        if (response.ok) setMembers(response.members);
      });
    };
    const onUpdate = (presence: { spaceId: string; members: PresenceMember[] }) => {
      if (presence.spaceId === spaceId) setMembers(presence.members);
    };
    socket.on('presence:update', onUpdate);
    // Rejoin after every reconnection: rooms do not survive a dropped connection.
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('presence:update', onUpdate);
      socket.off('connect', join);
      socket.emit('presence:leave', { spaceId });
    };
  }, [socket, spaceId]);

  return members;
}
