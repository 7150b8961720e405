import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The one schema of the review store, for both backends (PGlite embedded, PostgreSQL with
 * DATABASE_URL). Migrations in server/migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`); never edit an applied migration.
 *
 * Ids are random (server/tokens.ts) so documents cannot be enumerated. Tokens are never stored,
 * only their SHA-256.
 */
export const documents = pgTable('documents', {
  id: text('id').primaryKey(),
  ownerTokenHash: text('owner_token_hash').notNull().unique(),
  /** How many versions were saved; bumped in the saving transaction, so numbers are gap-free per document. */
  versionCount: integer('version_count').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** Immutable snapshots: nothing updates a row of this table. */
export const versions = pgTable('versions', {
  id: text('id').primaryKey(),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  number: integer('number').notNull(),
  name: text('name').notNull(),
  message: text('message').notNull().default(''),
  author: text('author').notNull(),
  files: jsonb('files').$type<Array<{ path: string; text: string }>>().notNull(),
  layout: jsonb('layout').$type<Record<string, unknown>>().notNull(),
  advisoryConfig: jsonb('advisory_config').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [uniqueIndex('versions_document_number').on(t.documentId, t.number)]);

export const shareLinks = pgTable('share_links', {
  id: text('id').primaryKey(),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  access: text('access', { enum: ['view', 'comment', 'edit'] }).notNull(),
  label: text('label').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
}, (t) => [index('share_links_document').on(t.documentId)]);

/** A thread anchored to a model, field, relation (its relation field) or enum of the document. */
export const threads = pgTable('threads', {
  id: text('id').primaryKey(),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  /** The version the thread was started on, if the client said. */
  versionId: text('version_id').references(() => versions.id, { onDelete: 'set null' }),
  anchorKind: text('anchor_kind', { enum: ['model', 'field', 'relation', 'enum'] }).notNull(),
  anchorModel: text('anchor_model').notNull(),
  anchorField: text('anchor_field'),
  resolved: boolean('resolved').notNull().default(false),
  resolvedBy: text('resolved_by'),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [index('threads_document').on(t.documentId, t.seq)]);

/** The first comment of a thread and its replies, in `seq` order. */
export const comments = pgTable('comments', {
  id: text('id').primaryKey(),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  threadId: text('thread_id').notNull().references(() => threads.id, { onDelete: 'cascade' }),
  author: text('author').notNull(),
  text: text('text').notNull(),
  /** A key the client chose for this post, so a retried request does not post the comment twice. */
  clientKey: text('client_key'),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [
  index('comments_thread').on(t.threadId, t.seq),
  uniqueIndex('comments_client_key').on(t.documentId, t.clientKey),
]);

/** One review per version and reviewing link; a newer verdict of the same link replaces the older. */
export const reviews = pgTable('reviews', {
  versionId: text('version_id').notNull().references(() => versions.id, { onDelete: 'cascade' }),
  linkId: text('link_id').notNull().references(() => shareLinks.id, { onDelete: 'cascade' }),
  documentId: text('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  status: text('status', { enum: ['approved', 'changes_requested'] }).notNull(),
  author: text('author').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.versionId, t.linkId] })]);
