'use client';

import { useId, useRef, useState } from 'react';
import { COMMENT_MAX_CHARS, commentTextProblem, newClientKey } from '@/lib/review/comments';
import { LengthCounter } from '../commands/LengthCounter';

/**
 * A plain-text box for a reply, with its character counter. The draft stays when sending fails;
 * sending the same draft again reuses its client key, so a post that did arrive is stored once.
 */
export function CommentComposer({ label, submitLabel, disabledReason, onSend }: { label: string; submitLabel: string; disabledReason: string | null; onSend(text: string, clientKey: string): Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef<string | null>(null);
  const id = useId();
  const disabled = disabledReason !== null;

  const send = async () => {
    const problem = commentTextProblem(text);
    if (problem) return setError(problem);
    key.current ??= newClientKey();
    setBusy(true);
    setError(null);
    try {
      await onSend(text, key.current);
      key.current = null;
      setText('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <label htmlFor={`${id}-text`} className="sr-only">
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        disabled={disabled}
        aria-describedby={disabled ? `${id}-why` : undefined}
        placeholder={disabled ? '' : `${label}…`}
        className="w-full rounded border border-slate-300 px-2 py-1 text-sm focus:border-violet-500 focus:outline-none focus:ring-1 focus:ring-violet-500 disabled:bg-slate-100"
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
          key.current = null; // another text is another post
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div className="flex items-center gap-2">
        {!disabled && <LengthCounter length={text.length} max={COMMENT_MAX_CHARS} />}
        <button
          type="submit"
          disabled={disabled || busy}
          aria-describedby={disabled ? `${id}-why` : undefined}
          className="ml-auto rounded bg-violet-600 px-2 py-0.5 text-xs font-medium text-white hover:bg-violet-700 disabled:opacity-50"
        >
          {submitLabel}
        </button>
      </div>
      {disabled && (
        <p id={`${id}-why`} className="mt-1 text-xs text-slate-500">
          {disabledReason}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
