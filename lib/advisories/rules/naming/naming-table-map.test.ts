import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { namingTableMap as rule } from './naming-table-map';
import { checkAgainst } from './test-helpers';

const user = (extra = '') => `
model UserProfile {
  id Int @id
${extra}}
`;

describe('naming-table-map', () => {
  it('fires on a model without @@map and points at its name', () => {
    const files = pg(user());
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'model', model: 'UserProfile' });
    expect(a.severity).toBe('info');
    expect(a.message).toBe('UserProfile: the table is "UserProfile"; the convention is "user_profiles".');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('UserProfile');
  });

  it('fires on a @@map that is not the plural snake_case name', () => {
    const [a] = check(rule, pg(user('\n  @@map("user_profile")\n')));
    expect(a.message).toBe('UserProfile: the table is "user_profile"; the convention is "user_profiles".');
  });

  it('is quiet on the conventional name, acronym splits and a model already named like its table', () => {
    expect(check(rule, pg(user('\n  @@map("user_profiles")\n')))).toEqual([]);
    expect(check(rule, pg('model OAuthToken {\n  id Int @id\n\n  @@map("oauth_tokens")\n}\n'))).toEqual([]);
    expect(check(rule, pg('model Person {\n  id Int @id\n\n  @@map("people")\n}\n'))).toEqual([]);
    expect(check(rule, pg('model users {\n  id Int @id\n}\n'))).toEqual([]);
  });

  it('offers no fix for a deployed model: the @@map would rename its table', () => {
    const files = pg(user());
    expect(check(rule, files)[0].fixLabel).toBeUndefined();
    expect(checkAgainst(rule, files, files)[0].fixLabel).toBeUndefined();
  });

  it('fix adds @@map to a new model', () => {
    const files = pg(user());
    const [a] = checkAgainst(rule, files);
    expect(a.fixLabel).toBe('Add @@map("user_profiles")');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('model UserProfile {\n  id Int @id\n\n  @@map("user_profiles")\n}');
  });

  it('fix replaces a wrong @@map on a new model', () => {
    const files = pg(user('\n  @@map("user_profile")\n'));
    const [a] = checkAgainst(rule, files);
    expect(a.fixLabel).toBe('Use @@map("user_profiles")');
    expect(text(fixAndRecheck(rule, files, a).files)).toContain('  @@map("user_profiles")\n');
  });

  it('holds for any database', () => {
    expect(check(rule, pg(user(), 'datasource db {\n  provider = "mysql"\n}\n'))).toHaveLength(1);
  });
});
