import { describe, expect, it } from 'vitest';
import { addDays, currentPhase, localIsoDate, partnershipPhases, type Phase, type PhaseMobility } from '../src/index.js';

const visit = (id: string, startDate: string, endDate: string): PhaseMobility => ({ id, startDate, endDate });
const gijon = visit('gijon', '2026-03-09', '2026-03-13');
const salerno = visit('salerno', '2026-10-05', '2026-10-09');

/** A timeline as one line per phase, easy to read in a failing test. */
const outline = (phases: Phase[]) =>
  phases.map(
    (phase) =>
      `${phase.current ? '*' : ' '}${phase.kind} ${phase.startDate ?? '…'}..${phase.endDate ?? '…'}` +
      ` ${phase.previous ? `${phase.previous.id}→` : ''}${phase.mobility?.id ?? '-'}`,
  );

describe('the phases of a partnership', () => {
  const partnership = { startDate: '2025-09-01', endDate: '2027-08-31', mobilities: [salerno, gijon] };

  it('runs before, during, between, during, after, with today’s phase current', () => {
    expect(outline(partnershipPhases({ ...partnership, today: '2026-05-20' }))).toEqual([
      ' before 2025-09-01..2026-03-08 gijon',
      ' during 2026-03-09..2026-03-13 gijon',
      '*between 2026-03-14..2026-10-04 gijon→salerno',
      ' during 2026-10-05..2026-10-09 salerno',
      ' after 2026-10-10..2027-08-31 salerno',
    ]);
  });

  it('counts the first and last day of a visit as during it', () => {
    for (const today of ['2026-03-09', '2026-03-13']) {
      expect(currentPhase(partnershipPhases({ ...partnership, today }))).toMatchObject({ kind: 'during', mobility: gijon });
    }
    expect(currentPhase(partnershipPhases({ ...partnership, today: '2026-03-08' }))?.kind).toBe('before');
    expect(currentPhase(partnershipPhases({ ...partnership, today: '2026-10-10' }))?.kind).toBe('after');
  });

  it('marks exactly one phase current on every day, inside the partnership and out', () => {
    for (let today = '2025-06-01'; today <= '2027-12-31'; today = addDays(today, 7)) {
      const phases = partnershipPhases({ ...partnership, today });
      expect(phases.filter((phase) => phase.current)).toHaveLength(1);
    }
  });

  it('makes the first phase current before the partnership starts, and the last after it ends', () => {
    expect(currentPhase(partnershipPhases({ ...partnership, today: '2025-01-15' }))?.kind).toBe('before');
    expect(currentPhase(partnershipPhases({ ...partnership, today: '2028-02-01' }))?.kind).toBe('after');
  });

  it('leaves the ends open when the partnership has no dates yet', () => {
    const phases = partnershipPhases({ startDate: null, endDate: null, mobilities: [gijon], today: '2020-01-01' });
    expect(outline(phases)).toEqual([
      '*before …..2026-03-08 gijon',
      ' during 2026-03-09..2026-03-13 gijon',
      ' after 2026-03-14..… gijon',
    ]);
    expect(currentPhase(partnershipPhases({ startDate: null, endDate: null, mobilities: [gijon], today: '2099-01-01' }))?.kind).toBe(
      'after',
    );
  });

  it('is one phase of getting ready while no visit is planned', () => {
    expect(outline(partnershipPhases({ ...partnership, mobilities: [], today: '2026-01-01' }))).toEqual([
      '*before 2025-09-01..2027-08-31 -',
    ]);
    expect(outline(partnershipPhases({ startDate: null, endDate: null, mobilities: [], today: '2026-01-01' }))).toEqual([
      '*before …..… -',
    ]);
    // Even outside the partnership's dates there is something to show.
    expect(partnershipPhases({ ...partnership, mobilities: [], today: '2030-01-01' })[0]?.current).toBe(true);
  });

  it('has a visit of one day, current on that day only', () => {
    const oneDay = visit('day-trip', '2026-04-02', '2026-04-02');
    const phases = partnershipPhases({ ...partnership, mobilities: [oneDay], today: '2026-04-02' });
    expect(outline(phases)).toEqual([
      ' before 2025-09-01..2026-04-01 day-trip',
      '*during 2026-04-02..2026-04-02 day-trip',
      ' after 2026-04-03..2027-08-31 day-trip',
    ]);
    expect(currentPhase(partnershipPhases({ ...partnership, mobilities: [oneDay], today: '2026-04-03' }))?.kind).toBe('after');
  });

  it('leaves out empty stretches: no gap between back-to-back visits, none before a visit on the first day', () => {
    const first = visit('first', '2025-09-01', '2025-09-05');
    const next = visit('next', '2025-09-06', '2025-09-08');
    const last = visit('last', '2027-08-25', '2027-08-31');
    expect(outline(partnershipPhases({ ...partnership, mobilities: [first, next, last], today: '2025-09-06' }))).toEqual([
      ' during 2025-09-01..2025-09-05 first',
      '*during 2025-09-06..2025-09-08 next',
      ' between 2025-09-09..2027-08-24 next→last',
      ' during 2027-08-25..2027-08-31 last',
    ]);
  });

  it('keeps overlapping visits with their own dates, the later-started one current where they overlap', () => {
    const long = visit('long', '2026-03-01', '2026-03-20');
    const inside = visit('inside', '2026-03-05', '2026-03-07');
    const later = visit('later', '2026-03-18', '2026-03-25');
    const input = { ...partnership, mobilities: [later, inside, long] };
    expect(outline(partnershipPhases({ ...input, today: '2026-03-06' }))).toEqual([
      ' before 2025-09-01..2026-02-28 long',
      ' during 2026-03-01..2026-03-20 long',
      '*during 2026-03-05..2026-03-07 inside',
      ' during 2026-03-18..2026-03-25 later',
      ' after 2026-03-26..2027-08-31 later',
    ]);
    // After the short visit inside the long one, the long one is today's again.
    expect(currentPhase(partnershipPhases({ ...input, today: '2026-03-10' }))?.mobility?.id).toBe('long');
    expect(currentPhase(partnershipPhases({ ...input, today: '2026-03-19' }))?.mobility?.id).toBe('later');
  });

  it('follows up the visit that ends last, even when another started later', () => {
    const long = visit('long', '2026-03-01', '2026-03-20');
    const inside = visit('inside', '2026-03-05', '2026-03-07');
    const after = partnershipPhases({ ...partnership, mobilities: [long, inside], today: '2026-04-01' }).at(-1);
    expect(after).toMatchObject({ kind: 'after', startDate: '2026-03-21', mobility: { id: 'long' }, current: true });
  });

  it('copes with visits outside the partnership’s dates', () => {
    const early = visit('early', '2025-08-25', '2025-08-29');
    const late = visit('late', '2027-09-10', '2027-09-12');
    expect(outline(partnershipPhases({ ...partnership, mobilities: [early, late], today: '2027-09-20' }))).toEqual([
      ' during 2025-08-25..2025-08-29 early',
      ' between 2025-08-30..2027-09-09 early→late',
      '*during 2027-09-10..2027-09-12 late',
    ]);
  });

  it('passes the caller’s own mobility objects through', () => {
    const rich = { ...gijon, title: 'Visit to Gijón' };
    const [before] = partnershipPhases({ ...partnership, mobilities: [rich], today: '2026-01-01' });
    expect(before?.mobility?.title).toBe('Visit to Gijón');
  });
});

describe('calendar dates', () => {
  it('move by days across months, years and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('say today in the local calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
