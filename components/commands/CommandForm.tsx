'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ArgSpec, ArgValues } from '@/lib/commands/types';
import { PRISMA_VERSIONS } from '@/lib/prisma/versions';
import { SCALAR_TYPES } from '@/lib/schema/model';
import { useDesigner, useSession, useUi, useUiStore } from '../designer/context';
import type { UiStore } from './ui-store';
import { describeImpact } from './open-form';
import { LengthCounter } from './LengthCounter';

type NativeType = { name: string; _number_of_args: number; prisma_types: string[] };

/** The datasource's native types, from Prisma's own list (`native_types`), for the Native type input. */
function useNativeTypes(wanted: boolean): NativeType[] {
  const session = useSession();
  const [types, setTypes] = useState<NativeType[]>([]);
  useEffect(() => {
    if (!wanted) return;
    const s = session.store.getState();
    const ds = s.parsed.model.datasource;
    const file = ds ? s.files.find((f) => f.path === ds.file) : null;
    if (!file) return;
    let live = true;
    session.prisma
      .request<NativeType[]>({ type: 'nativeTypes', version: s.prismaVersion, text: file.text })
      .then((t) => live && setTypes(t))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, session]);
  return types;
}

/** The kept documents, newest first, by name and time; the newest is chosen until another is. */
function BackupSelect({ id, arg, value, onChange, className }: { id: string; arg: ArgSpec; value: string | boolean | undefined; onChange(v: string): void; className: string }) {
  const session = useSession();
  const [backups, setBackups] = useState<Awaited<ReturnType<typeof session.backups>> | null>(null);
  useEffect(() => {
    let live = true;
    session
      .backups()
      .then((list) => live && setBackups(list))
      .catch(() => live && setBackups([]));
    return () => {
      live = false;
    };
  }, [session]);
  const first = backups?.[0]?.id;
  useEffect(() => {
    if (first && !value) onChange(first);
  }, [first, value, onChange]);
  const time = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="text-sm font-medium text-slate-700">
      <label htmlFor={id}>{arg.label}</label>
      <select id={id} name={arg.name} className={className} value={typeof value === 'string' ? value : ''} disabled={!backups?.length} onChange={(e) => onChange(e.target.value)}>
        {!backups && <option value="">Loading…</option>}
        {backups && !backups.length && <option value="">No document is kept yet</option>}
        {backups?.map((b) => (
          <option key={b.id} value={b.id}>
            {`${b.name} · replaced ${time(b.savedAt)}`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Closes the form and gives focus back to where it was. */
export function closeForm(ui: UiStore) {
  const target = ui.getState().returnFocus;
  ui.setState({ form: null, returnFocus: null });
  if (target?.isConnected) target.focus();
}

function ArgInput({ arg, value, values, onChange, listPrefix }: { arg: ArgSpec; value: string | boolean | undefined; values: ArgValues; onChange(v: string | boolean): void; listPrefix: string }) {
  const model = useDesigner((s) => s.parsed.model);
  const files = useDesigner((s) => s.files);
  const nativeTypes = useNativeTypes(arg.kind === 'nativeType');
  const suggestions = useMemo(() => {
    if (arg.kind === 'nativeType') {
      const fieldType = [...model.models, ...model.views, ...model.composites].find((m) => m.name === values.model)?.fields.find((f) => f.name === values.field)?.type;
      return nativeTypes.filter((t) => !fieldType || t.prisma_types.includes(fieldType)).map((t) => (t._number_of_args ? `${t.name}()` : t.name));
    }
    const models = [...model.models, ...model.views, ...model.composites];
    if (arg.kind === 'model') return models.map((m) => m.name);
    if (arg.kind === 'enum') return model.enums.map((e) => e.name);
    if (arg.kind === 'enumValue') return model.enums.find((e) => e.name === values.enum)?.values.map((v) => v.name) ?? [];
    if (arg.kind === 'field') return models.find((m) => m.name === values.model)?.fields.map((f) => f.name) ?? [];
    if (arg.kind === 'type') return [...SCALAR_TYPES, ...model.enums.map((e) => e.name), ...model.composites.map((c) => c.name)];
    return [];
  }, [arg.kind, model, values.model, values.field, values.enum, nativeTypes]);
  const inputClass = 'mt-1 w-full rounded border border-slate-300 px-2 py-1 font-mono text-sm focus:border-blue-500 focus:outline-none focus:ring-1 focus:ring-blue-500';

  if (arg.kind === 'boolean') {
    return (
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name={arg.name} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        {arg.label}
      </label>
    );
  }
  if (arg.kind === 'version') {
    return (
      <label className="block text-sm font-medium text-slate-700">
        {arg.label}
        <select name={arg.name} className={inputClass} value={typeof value === 'string' && value ? value : '7'} onChange={(e) => onChange(e.target.value)}>
          {PRISMA_VERSIONS.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (arg.kind === 'multiline') {
    const text = typeof value === 'string' ? value : '';
    const textarea = (
      <label className="block text-sm font-medium text-slate-700">
        {arg.label}
        <textarea name={arg.name} rows={8} className={inputClass} value={text} placeholder={arg.placeholder} spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      </label>
    );
    if (arg.maxLength === undefined) return textarea;
    return (
      <div>
        {textarea}
        <LengthCounter length={text.length} max={arg.maxLength} />
      </div>
    );
  }
  if (arg.kind === 'choice') {
    // Labelled by id, not by wrapping, so the accessible name is the label alone (not the selected option too).
    const id = `${listPrefix}-${arg.name}`;
    return (
      <div className="text-sm font-medium text-slate-700">
        <label htmlFor={id}>{arg.label}</label>
        <select id={id} name={arg.name} className={inputClass} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
          {(arg.choices ?? []).map((c) => (
            <option key={c} value={c}>
              {c === '' ? (arg.emptyLabel ?? '—') : (arg.choiceLabels?.[c] ?? c)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (arg.kind === 'backup') return <BackupSelect id={`${listPrefix}-${arg.name}`} arg={arg} value={value} onChange={onChange} className={inputClass} />;
  if (arg.kind === 'file') {
    if (files.length < 2) return null;
    return (
      <label className="block text-sm font-medium text-slate-700">
        {arg.label}
        <select name={arg.name} className={inputClass} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          {files.map((f) => (
            <option key={f.path} value={f.path}>
              {f.path}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const listId = suggestions.length ? `${listPrefix}-${arg.name}` : undefined;
  return (
    <label className="block text-sm font-medium text-slate-700">
      {arg.label}
      {arg.optional && (
        <span className="font-normal text-slate-400" aria-hidden="true">
          {' '}
          (optional)
        </span>
      )}
      <input
        name={arg.name}
        className={inputClass}
        value={typeof value === 'string' ? value : ''}
        placeholder={arg.placeholder}
        list={listId}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      {listId && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </label>
  );
}

/** The small form a command shows for its arguments. Every input has a visible label; Enter confirms. */
export function CommandForm() {
  const session = useSession();
  const ui = useUiStore();
  const form = useUi((s) => s.form);
  const ref = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const listPrefix = useId().replace(/:/g, '');
  const command = form?.command;

  useEffect(() => {
    if (!command || !ref.current) return;
    const inputs = [...ref.current.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type=checkbox]), select')];
    const target = inputs.find((i) => !i.value) ?? inputs[0] ?? ref.current.querySelector<HTMLButtonElement>('button[type=submit]');
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }, [command]);

  if (!form) return null;
  const spec = session.commands.get(form.command);
  if (!spec) return null;
  const setValue = (name: string, v: string | boolean) =>
    ui.setState((s) => {
      if (!s.form) return s;
      const values = { ...s.form.values, [name]: v };
      // Keeping a database name (@map) defaults to yes only for what existed when the document was opened.
      if ((name === 'model' || name === 'enum') && typeof v === 'string') {
        for (const arg of spec.args) if (arg.kind === 'boolean' && arg.initial === undefined) values[arg.name] = session.store.getState().baselineNames.has(v.trim());
      }
      return { form: { ...s.form, values, error: null, impact: describeImpact(session, s.form.command, values) ?? s.form.impact } };
    });

  const submit = async () => {
    ui.setState((s) => (s.form ? { form: { ...s.form, busy: true, error: null } } : s));
    const values = ui.getState().form?.values ?? form.values;
    const outcome = await session.run(form.command, values);
    if (outcome.ok) closeForm(ui);
    else if (outcome.confirm) {
      const { values: confirmed, impact, submitLabel } = outcome.confirm;
      ui.setState((s) => (s.form ? { form: { ...s.form, values: { ...s.form.values, ...confirmed }, busy: false, error: null, impact, submitLabel } } : s));
    } else ui.setState((s) => (s.form ? { form: { ...s.form, busy: false, error: outcome.reason } } : s));
  };

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/20 pt-24" onMouseDown={(e) => e.target === e.currentTarget && closeForm(ui)}>
      <form
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="w-[420px] rounded-lg border border-slate-200 bg-white p-4 shadow-xl"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            closeForm(ui);
          }
        }}
      >
        <h2 id={titleId} className="mb-3 text-base font-semibold">
          {spec.title}
        </h2>
        <div className="space-y-3">
          {spec.args.map((arg) => (
            <ArgInput key={arg.name} arg={arg} value={form.values[arg.name]} values={form.values} onChange={(v) => setValue(arg.name, v)} listPrefix={listPrefix} />
          ))}
        </div>
        {form.impact && <p className="mt-3 text-sm text-slate-600">{form.impact}</p>}
        {form.error && (
          <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">
            {form.error}
          </p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50" onClick={() => closeForm(ui)}>
            Cancel
          </button>
          <button type="submit" disabled={form.busy} className={`rounded px-3 py-1 text-sm font-medium text-white disabled:opacity-60 ${spec.confirm ? 'bg-red-700 hover:bg-red-800' : 'bg-blue-600 hover:bg-blue-700'}`}>
            {form.submitLabel ?? (spec.confirm ? spec.title.split(' ')[0] : spec.title)}
          </button>
        </div>
      </form>
    </div>
  );
}
