import type { BlogEntry, Mobility, PostPhase } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { blogSections } from './blog-sections';

const visit = (id: string, startDate: string): Mobility => ({
  id,
  partnershipId: 'p',
  title: `Visit ${id}`,
  hostSchoolId: 's',
  city: id,
  startDate,
  endDate: startDate,
  travellerIds: [],
  travellers: [],
  spaceId: `space-${id}`,
  archived: false,
});

const entry = (id: string, mobilityId: string | null, phase: PostPhase | null): BlogEntry => ({
  id,
  title: id,
  excerpt: '',
  meta: { language: 'en', themes: [], mobilityId, phase, cover: null, coverAlt: '' },
  credits: [],
  publishedAt: 0,
  reactionCount: 0,
  commentCount: 0,
  translationLanguages: [],
});

const shape = (sections: ReturnType<typeof blogSections>) => sections.map((section) => [section.key, section.entries.map((e) => e.id)]);

describe('the blog’s sections', () => {
  const rome = visit('rome', '2026-03-02');
  const gijon = visit('gijon', '2025-10-05');

  it('follow the visits in the order they happen, each before → during → after, posts about no visit last', () => {
    const entries = [
      entry('new-none', null, null),
      entry('rome-after', 'rome', 'after'),
      entry('gijon-during-2', 'gijon', 'during'),
      entry('gijon-after', 'gijon', 'after'),
      entry('gijon-during-1', 'gijon', 'during'),
      entry('gijon-before', 'gijon', 'before'),
      entry('rome-general', 'rome', null),
    ];
    expect(shape(blogSections(entries, [rome, gijon]))).toEqual([
      ['gijon:before', ['gijon-before']],
      ['gijon:during', ['gijon-during-2', 'gijon-during-1']],
      ['gijon:after', ['gijon-after']],
      ['rome:visit', ['rome-general']],
      ['rome:after', ['rome-after']],
      ['none', ['new-none']],
    ]);
  });

  it('puts a post whose visit is unknown with the posts about no visit, ignoring its phase', () => {
    const sections = blogSections([entry('lost', 'gone', 'during'), entry('free', null, 'before')], [rome]);
    expect(shape(sections)).toEqual([['none', ['lost', 'free']]]);
    expect(sections[0]?.mobility).toBeNull();
    expect(sections[0]?.phase).toBeNull();
  });

  it('has no sections without posts', () => {
    expect(blogSections([], [rome, gijon])).toEqual([]);
  });
});
