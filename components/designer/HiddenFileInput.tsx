'use client';

import type { RefObject } from 'react';

/**
 * A file picker the toolbar and commands open with `inputRef.current.click()`: out of sight and out of
 * the tab order, named for assistive technology and tests. The value is cleared after each pick, so
 * picking the same file again still reports it.
 */
export function HiddenFileInput({
  inputRef,
  label,
  accept,
  multiple = false,
  directory = false,
  onFiles,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  label: string;
  accept?: string;
  multiple?: boolean;
  /** Picks a whole folder (`webkitdirectory`, which React does not know as a prop). */
  directory?: boolean;
  onFiles(files: File[]): unknown;
}) {
  return (
    <input
      ref={(el) => {
        inputRef.current = el;
        if (directory) el?.setAttribute('webkitdirectory', '');
      }}
      type="file"
      accept={accept}
      multiple={multiple || directory}
      className="sr-only"
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const files = [...(e.currentTarget.files ?? [])];
        e.currentTarget.value = '';
        if (files.length) void onFiles(files);
      }}
    />
  );
}
