import { describe, expect, it } from 'vitest';
import { TestSession } from '../../../test-support/session';
import { prismaErrors } from '../../../test-support/prisma';
import { templateFiles } from '../../samples/templates';
import { addFieldArgs } from './inline-field';

/**
 * How many steps (clicks, keys that act, inputs filled) the core of seed 001 takes from New schema
 * with the node-level editing, counted per kind of step while the same edits run through the
 * commands the nodes use. Printed, not timed: the figure is for the report, the test checks the
 * result is the schema asked for and that Prisma accepts it.
 */
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const MODELS: Record<string, string[]> = {
  User: ['email String @unique', 'name String', 'createdAt DateTime @default(now()) @map("created_at")'],
  Role: ['name String @unique'],
  UserRole: ['user User', 'role Role'],
  WhatsappAgent: ['name String', 'phoneNumber String @unique @map("phone_number")'],
  UserAgentAccess: ['user User', 'agent WhatsappAgent'],
  Conversation: ['agent WhatsappAgent', 'status ConversationStatus @default(OPEN)', 'createdAt DateTime @default(now()) @map("created_at")'],
  Message: ['conversation Conversation', 'direction MessageDirection', 'body String', 'createdAt DateTime @default(now()) @map("created_at")'],
  AuditLog: ['actorUser User?', 'action String', 'createdAt DateTime @default(now()) @map("created_at")'],
  AiSession: ['model String', 'createdAt DateTime @default(now()) @map("created_at")'],
  AiMessage: ['session AiSession', 'content String', 'createdAt DateTime @default(now()) @map("created_at")'],
};

describe('building the core of seed 001 on the nodes', () => {
  it('counts the steps and ends with a schema Prisma accepts', async () => {
    const s = new TestSession(templateFiles('empty-postgresql')!);
    const steps = new Map<string, number>();
    const count = (what: string, n: number) => steps.set(what, (steps.get(what) ?? 0) + n);
    count('New schema (Ctrl+Alt+N, Enter)', 2);

    for (const [name, values] of [['ConversationStatus', 'OPEN, CLOSED, ARCHIVED'], ['MessageDirection', 'INBOUND, OUTBOUND']]) {
      await s.must('add-enum', { name, values });
      count('enums (palette: Ctrl+K, title, Enter, Name, Values, Enter)', 6);
    }
    for (const model of Object.keys(MODELS)) {
      await s.must('add-model', { name: model });
      count('models (Add model, Name, Enter)', 3);
      await s.must('set-map-name', { model, name: `${snake(model)}s` });
      count('@@map on the header (double-click, Tab, table name, Enter)', 4);
    }
    for (const [model, lines] of Object.entries(MODELS)) {
      count('field rows opened and closed (+ field, Escape)', 2);
      for (const line of lines) {
        const call = addFieldArgs(s.parsed, model, line, '');
        if (!call.ok) throw new Error(call.reason);
        await s.must(call.command, call.args);
        count('field lines (the line in Field name, Enter)', 2);
      }
    }
    const keys = s.parsed.model.models.flatMap((m) => m.fields.filter((f) => f.isForeignKey && snake(f.name) !== f.name).map((f) => [m.name, f.name] as const));
    for (const [model, field] of keys) {
      await s.must('set-map-name', { model, field, name: snake(field) });
      count('foreign-key @map in the attribute popover (row, …, Map, Enter)', 4);
    }
    await s.must('add-index', { model: 'Conversation', fields: 'agentId, status' });
    await s.must('add-index', { model: 'Message', fields: 'conversationId, createdAt' });
    count('composite indexes (palette: Ctrl+K, title, Enter, Model, Fields, Enter)', 12);

    expect(prismaErrors('7', s.files)).toEqual([]);
    expect(s.parsed.model.models).toHaveLength(10);
    expect(s.parsed.model.relations).toHaveLength(8);
    expect(s.text()).toContain('@@index([agentId, status])');
    const total = [...steps.values()].reduce((a, b) => a + b, 0);
    console.info(`seed 001 core from New schema: ${total} steps\n${[...steps].map(([k, v]) => `  ${String(v).padStart(3)}  ${k}`).join('\n')}`);
    expect(total).toBeGreaterThan(0);
  });
});
