import type { SchemaFile } from '../schema/document';

/** Where a new schema starts: a PostgreSQL datasource and a generator, plus (for starters) a few models. */
export interface SchemaTemplate {
  id: string;
  label: string;
  text: string;
}

const HEADER = `datasource db {
  provider = "postgresql"
}

generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}
`;

const SAAS = `
/// A person who signs in.
model User {
  id          String       @id @default(uuid()) @db.Uuid
  email       String       @unique
  name        String?
  createdAt   DateTime     @default(now()) @map("created_at") @db.Timestamptz(6)
  memberships Membership[]

  @@map("users")
}

/// A tenant: every row of the product's data belongs to one.
model Organization {
  id          String       @id @default(uuid()) @db.Uuid
  name        String
  slug        String       @unique
  createdAt   DateTime     @default(now()) @map("created_at") @db.Timestamptz(6)
  memberships Membership[]

  @@map("organizations")
}

/// Who belongs to which organization, and as what.
model Membership {
  organizationId String         @map("organization_id") @db.Uuid
  userId         String         @map("user_id") @db.Uuid
  role           MembershipRole @default(MEMBER)
  createdAt      DateTime       @default(now()) @map("created_at") @db.Timestamptz(6)
  organization   Organization   @relation(fields: [organizationId], references: [id], onDelete: Cascade)
  user           User           @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@id([organizationId, userId])
  @@index([userId])
  @@map("memberships")
}

enum MembershipRole {
  OWNER
  ADMIN
  MEMBER
}
`;

const BLOG = `
model Author {
  id    Int    @id @default(autoincrement())
  email String @unique
  name  String
  posts Post[]

  @@map("authors")
}

model Post {
  id          Int       @id @default(autoincrement())
  title       String    @db.VarChar(200)
  body        String
  publishedAt DateTime? @map("published_at") @db.Timestamptz(6)
  authorId    Int       @map("author_id")
  author      Author    @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId])
  @@map("posts")
}
`;

export const SCHEMA_TEMPLATES: readonly SchemaTemplate[] = [
  { id: 'empty-postgresql', label: 'Empty PostgreSQL', text: HEADER },
  { id: 'multi-tenant-saas', label: 'Multi-tenant SaaS (users, organizations, memberships)', text: HEADER + SAAS },
  { id: 'blog', label: 'Blog (authors and posts)', text: HEADER + BLOG },
];

/** The files of a template, or null for an unknown id. */
export function templateFiles(id: string): SchemaFile[] | null {
  const t = SCHEMA_TEMPLATES.find((x) => x.id === id);
  return t ? [{ path: 'schema.prisma', text: t.text }] : null;
}
