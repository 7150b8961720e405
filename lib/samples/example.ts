import type { SchemaFile } from '../schema/document';

/** The schema a new user sees first: small, valid with Prisma 7, and showing every construct the diagram draws. */
export const EXAMPLE_SCHEMA = `// A small publishing platform. Edit the text or the diagram: each follows the other.

generator client {
  provider        = "prisma-client"
  output          = "../src/generated/prisma"
  previewFeatures = ["views"]
}

datasource db {
  provider = "postgresql"
}

/// Someone who can sign in and write.
model User {
  id        String   @id @default(uuid()) @db.Uuid
  email     String   @unique
  name      String?
  role      Role     @default(MEMBER)
  createdAt DateTime @default(now()) @map("created_at")

  profile  Profile?
  posts    Post[]
  comments Comment[]

  @@map("users")
}

/// One-to-one with User.
model Profile {
  id     Int     @id @default(autoincrement())
  bio    String?
  userId String  @unique @db.Uuid
  user   User    @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id          Int        @id @default(autoincrement())
  title       String     @db.VarChar(200)
  body        String?
  status      PostStatus @default(DRAFT)
  publishedAt DateTime?
  authorId    String     @db.Uuid
  author      User       @relation(fields: [authorId], references: [id])
  tags        Tag[] // implicit many-to-many
  comments    Comment[]

  @@index([authorId])
  @@index([status, publishedAt(sort: Desc)])
}

model Tag {
  id    Int    @id @default(autoincrement())
  label String @unique
  posts Post[]
}

model Comment {
  id       Int       @id @default(autoincrement())
  text     String
  postId   Int
  post     Post      @relation(fields: [postId], references: [id], onDelete: Cascade)
  authorId String?   @db.Uuid
  author   User?     @relation(fields: [authorId], references: [id])
  /// Replies form a thread (a self-relation).
  parentId Int?
  parent   Comment?  @relation("Thread", fields: [parentId], references: [id])
  replies  Comment[] @relation("Thread")

  @@index([postId])
  @@index([authorId])
  @@index([parentId])
}

enum Role {
  MEMBER
  EDITOR
  ADMIN
}

enum PostStatus {
  DRAFT
  PUBLISHED
  ARCHIVED
}

/// Read-only numbers per author, computed by the database.
view AuthorStats {
  authorId  String @unique @db.Uuid
  postCount Int
}
`;

export function exampleFiles(): SchemaFile[] {
  return [{ path: 'schema.prisma', text: EXAMPLE_SCHEMA }];
}
