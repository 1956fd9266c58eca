import type { LiveChatMessage } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { addMessage, chatDraftProblem, removeMessage, slowModeWait, unreadCount } from './live-chat';

const message = (id: string, at: number, userId = 'lena'): LiveChatMessage => ({
  id,
  userId,
  displayName: userId,
  country: 'LV',
  host: false,
  body: `message ${id}`,
  at,
});

describe('addMessage', () => {
  it('adds a message once, in time order', () => {
    let list = addMessage([], message('a', 10));
    list = addMessage(list, message('c', 30));
    list = addMessage(list, message('b', 20));
    list = addMessage(list, message('b', 20));
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps only the latest ones', () => {
    let list: LiveChatMessage[] = [];
    for (let i = 0; i < 5; i++) list = addMessage(list, message(String(i), i), 3);
    expect(list.map((m) => m.id)).toEqual(['2', '3', '4']);
  });

  it('removes a deleted message', () => {
    expect(removeMessage([message('a', 1), message('b', 2)], 'a').map((m) => m.id)).toEqual(['b']);
  });
});

describe('slowModeWait', () => {
  it('counts the seconds a pupil still waits, rounded up', () => {
    expect(slowModeWait(30, 'pupil', 1_000, 1_000)).toBe(30);
    expect(slowModeWait(30, 'pupil', 1_000, 21_500)).toBe(10);
    expect(slowModeWait(30, 'pupil', 1_000, 31_000)).toBe(0);
  });

  it('is nothing when slow mode is off, nothing was sent yet, or for teachers', () => {
    expect(slowModeWait(0, 'pupil', 1_000, 1_000)).toBe(0);
    expect(slowModeWait(30, 'pupil', null, 1_000)).toBe(0);
    expect(slowModeWait(30, 'teacher', 1_000, 1_000)).toBe(0);
  });
});

describe('chatDraftProblem', () => {
  it('refuses empty and too long messages', () => {
    expect(chatDraftProblem('   ')).toBe('empty');
    expect(chatDraftProblem('x'.repeat(501))).toBe('tooLong');
    expect(chatDraftProblem(' hello ')).toBeNull();
  });
});

describe('unreadCount', () => {
  it('counts others’ messages after the last look', () => {
    const list = [message('a', 10), message('b', 20, 'me'), message('c', 30)];
    expect(unreadCount(list, 15, 'me')).toBe(1);
    expect(unreadCount(list, 0, 'me')).toBe(2);
  });
});
