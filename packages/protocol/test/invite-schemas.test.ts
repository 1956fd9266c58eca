import { describe, expect, it } from 'vitest';
import { acceptInviteBodySchema, createInviteBodySchema, describeValidationError, updatePartnershipBodySchema } from '../src/index.js';

const problem = (result: { success: boolean; error?: Parameters<typeof describeValidationError>[0] }) =>
  result.error ? describeValidationError(result.error) : null;

describe('invite and partnership bodies', () => {
  it('an e-mail is trimmed and lower-cased, since it becomes the username', () => {
    const parsed = acceptInviteBodySchema.parse({ displayName: 'Maria', email: '  Maria.Rossi@Scuola.IT ', password: 'long enough!' });
    expect(parsed.email).toBe('maria.rossi@scuola.it');
  });

  it('an e-mail must look like one and fit a username', () => {
    expect(problem(acceptInviteBodySchema.safeParse({ displayName: 'Maria', email: 'maria at scuola' }))).toEqual({
      field: 'email',
      message: 'email: must be an e-mail address',
      problem: { kind: 'invalid_format' },
    });
    expect(problem(acceptInviteBodySchema.safeParse({ displayName: 'Maria', email: `${'m'.repeat(60)}@scuola.it` }))?.message).toBe(
      'email: must be at most 64 characters',
    );
  });

  it('names are letters; passwords at least 10 characters', () => {
    expect(problem(acceptInviteBodySchema.safeParse({ displayName: 'Robert"); DROP' }))?.field).toBe('displayName');
    expect(problem(acceptInviteBodySchema.safeParse({ displayName: 'Jānis Bērziņš', password: 'short' }))).toEqual({
      field: 'password',
      message: 'password: must be at least 10 characters',
      problem: { kind: 'too_short', limit: 10 },
    });
  });

  it('a school invite names a real-looking country code, upper-cased', () => {
    const parsed = createInviteBodySchema.parse({ kind: 'school', school: { name: 'Liceo', city: 'Roma', country: 'it' } });
    expect(parsed).toEqual({ kind: 'school', school: { name: 'Liceo', city: 'Roma', country: 'IT', languages: [] } });
    expect(problem(createInviteBodySchema.safeParse({ kind: 'school', school: { name: 'Liceo', city: 'Roma', country: 'ITA' } }))?.field).toBe(
      'school.country',
    );
    expect(problem(createInviteBodySchema.safeParse({ kind: 'guest', label: 'Parents', days: 400 }))?.field).toBe('days');
  });

  it('a partnership ends after it starts', () => {
    expect(problem(updatePartnershipBodySchema.safeParse({ startDate: '2027-01-02', endDate: '2027-01-01' }))?.field).toBe('endDate');
    expect(updatePartnershipBodySchema.safeParse({ startDate: '2027-01-01', endDate: '2027-01-01' }).success).toBe(true);
  });
});
