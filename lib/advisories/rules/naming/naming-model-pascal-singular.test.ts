import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { namingModelPascalSingular as rule } from './naming-model-pascal-singular';

const users = `
model users {
  id    Int     @id
  posts Posts[]
}

model Posts {
  id       Int   @id
  authorId Int
  author   users @relation(fields: [authorId], references: [id])
}
`;

describe('naming-model-pascal-singular', () => {
  it('fires on a model name that is not PascalCase or is plural', () => {
    const files = pg(users);
    const found = check(rule, files);
    expect(found.map((a) => [a.target, a.severity, a.message, a.fixLabel])).toEqual([
      [{ kind: 'model', model: 'users' }, 'info', 'users: a model name should be PascalCase and singular (User).', 'Rename to User, keeping the table'],
      [{ kind: 'model', model: 'Posts' }, 'info', 'Posts: a model name should be PascalCase and singular (Post).', 'Rename to Post, keeping the table'],
    ]);
    expect(text(files).slice(found[0].span.start, found[0].span.end)).toBe('users');
  });

  it('is quiet on PascalCase singular names, acronyms, singulars ending in s and XsOnYs join models', () => {
    const models = ['User', 'APIKey', 'Status', 'Address', 'Metadata', 'UserProfile', 'CategoriesOnPosts'].map((m) => `model ${m} {\n  id Int @id\n}\n`);
    expect(check(rule, pg(models.join('\n')))).toEqual([]);
    expect(check(rule, pg('model AddOnPackages {\n  id Int @id\n}\n')).map((a) => a.message)).toEqual([
      'AddOnPackages: a model name should be PascalCase and singular (AddOnPackage).',
    ]);
  });

  it('fix renames the model and every reference, keeping the table with @@map', () => {
    const files = pg(users);
    const [usersAdvisory, posts] = check(rule, files);
    const renamed = text(fixAndRecheck(rule, files, usersAdvisory).files);
    expect(renamed).toContain('model User {\n  id    Int     @id\n  posts Posts[]\n\n  @@map("users")\n}');
    expect(renamed).toContain('  author   User  @relation(fields: [authorId], references: [id])');
    expect(text(fixAndRecheck(rule, files, posts).files)).toContain('  @@map("Posts")\n}');
  });

  it('has no fix when the conventional name is taken', () => {
    const files = pg('model User {\n  id Int @id\n}\n\nmodel Users {\n  id Int @id\n}\n');
    const [a] = check(rule, files);
    expect(a.message).toBe('Users: a model name should be PascalCase and singular (User).');
    expect(a.fixLabel).toBeUndefined();
  });

  it('fires on an enum name that is not PascalCase; the fix keeps the database type name', () => {
    const files = pg('enum user_role {\n  ADMIN\n  MEMBER\n}\n\nmodel User {\n  id   Int       @id\n  role user_role\n}\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'model', model: 'user_role' });
    expect(a.message).toBe('user_role: an enum name should be PascalCase (UserRole).');
    expect(a.fixLabel).toBe('Rename to UserRole, keeping the database type');
    const fixed = text(fixAndRecheck(rule, files, a).files);
    expect(fixed).toContain('enum UserRole {\n  ADMIN\n  MEMBER\n\n  @@map("user_role")\n}');
    expect(fixed).toContain('  role UserRole\n');
  });

  it('fires on enum values off the chosen case (UPPER_SNAKE by default), without a fix', () => {
    const files = pg('enum Role {\n  ADMIN\n  member\n  superUser\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Role: values member, superUser are not UPPER_SNAKE.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('member');
    expect(a.fixLabel).toBeUndefined();
  });

  it('enumValueCase is an option; "any" turns the value check off', () => {
    const files = pg('enum Role {\n  admin\n  super_user\n}\n\nmodel User {\n  id   Int  @id\n  role Role\n}\n');
    const option = (enumValueCase: string) => ({ rules: { 'naming-model-pascal-singular': { options: { enumValueCase } } } });
    expect(check(rule, files, option('snake_case'))).toEqual([]);
    expect(check(rule, files, option('any'))).toEqual([]);
    expect(check(rule, files, option('camelCase')).map((a) => a.message)).toEqual(['Role: value super_user is not camelCase.']);
  });

  it('holds for any database', () => {
    expect(check(rule, pg(users, 'datasource db {\n  provider = "mysql"\n}\n'))).toHaveLength(2);
  });
});
