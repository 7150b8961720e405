import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { relationPolymorphic as rule } from './relation-polymorphic';

describe('relation-polymorphic', () => {
  it('fires on a type + id pair and points at the id field', () => {
    const files = pg(`
model Comment {
  id              Int    @id
  commentableType String
  commentableId   Int
}
`);
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'field', model: 'Comment', field: 'commentableId' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('commentableId   Int');
    expect(a.message).toBe(
      'Comment.commentableId points at a row of the table named by commentableType; the database cannot enforce that reference, cascade deletes or index it per target.',
    );
    expect(a.fixLabel).toBeUndefined();
  });

  it('accepts snake_case, kind and class spellings, and an enum whose values name models', () => {
    const files = pg(`
enum ItemType {
  DATAROOM_DOCUMENT
  DATAROOM_FOLDER
}

model DataroomDocument {
  id Int @id
}

model AccessControl {
  id          Int      @id
  itemType    ItemType
  itemId      Int
  owner_kind  String
  owner_id    Int
}
`);
    expect(check(rule, files).map((a) => a.target)).toEqual([
      { kind: 'field', model: 'AccessControl', field: 'itemId' },
      { kind: 'field', model: 'AccessControl', field: 'owner_id' },
    ]);
  });

  it('is quiet on the one-foreign-key-per-target design', () => {
    const files = pg(`
model Post {
  id       Int       @id
  comments Comment[]
}

model Photo {
  id       Int       @id
  comments Comment[]
}

model Comment {
  id      Int    @id
  postId  Int?
  post    Post?  @relation(fields: [postId], references: [id])
  photoId Int?
  photo   Photo? @relation(fields: [photoId], references: [id])

  @@index([postId])
  @@index([photoId])
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('is quiet on categories of external objects and on a row naming its own kind', () => {
    const files = pg(`
enum TargetKind {
  CHANNEL
  DIRECT_MESSAGE
}

model Route {
  id          Int        @id
  targetType  TargetKind
  targetId    String
  /// External payment ID from Stripe
  entityId    String
  entityType  String
  packageType String     @default("airbyte")
  packageId   String
  providerType String
  providerId  String
}

model SkillTrigger {
  id          Int    @id
  triggerType String
  triggerId   String @unique
}
`);
    expect(check(rule, files)).toEqual([]);
  });
});
