import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../schema/document';
import { pg } from '../../../../test-support/advisories';
import { linkedFields } from '../../key-links';

describe('linkedFields', () => {
  it('follows foreign keys both ways and transitively', () => {
    const files = pg(`
model User {
  id      Int      @id
  posts   Post[]
  profile Profile?
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}

model Profile {
  userId Int    @id
  user   User   @relation(fields: [userId], references: [id])
  badges Badge[]
}

model Badge {
  id        Int     @id
  profileId Int
  profile   Profile @relation(fields: [profileId], references: [userId])
}
`);
    const { model } = parseSchema(files);
    const names = (model_: string, field: string) => linkedFields(model, { model: model_, field }).map((r) => `${r.model}.${r.field}`);
    expect(names('User', 'id')).toEqual(['User.id', 'Post.authorId', 'Profile.userId', 'Badge.profileId']);
    expect(names('Badge', 'profileId')).toEqual(['Badge.profileId', 'Profile.userId', 'User.id', 'Post.authorId']);
    expect(names('Post', 'id')).toEqual(['Post.id']);
  });
});
