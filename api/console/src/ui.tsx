// Small building blocks shared by the consoles: messages, fields, and an async action
// that reports its error where the user is looking.

import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { ApiError } from './api';

let nextId = 0;
export function useId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++nextId}`);
  return id;
}

/** A message announced to screen readers (`role=status`, or `alert` for errors). */
export function Notice({ kind, children }: { kind: 'info' | 'error' | 'success'; children: ComponentChildren }) {
  return (
    <p class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** The message of an error, with the field the API named. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Une erreur inattendue est survenue.';
}

/** Runs `action`, exposing whether it runs and its error or success message. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<string | void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      setDone(null);
      try {
        const message = await action(...args);
        if (message) setDone(message);
      } catch (failure) {
        setError(describe(failure));
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  const feedback = (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </>
  );
  return { run, busy, feedback };
}

export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  multiline?: boolean;
}) {
  const id = useId('field');
  const hint = props.hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: props.value,
    required: props.required,
    'aria-describedby': hint,
    onInput: (event: Event) => props.onInput((event.target as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && (
        <span class="hint" id={hint}>
          {props.hint}
        </span>
      )}
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? 'text'} autocomplete={props.autocomplete} {...common} />
      )}
    </div>
  );
}

export function SelectField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) {
  const id = useId('select');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}>
        {props.options.map(([value, label]) => (
          <option value={value} key={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const heading = useId('section');
  return (
    <section class="panel" aria-labelledby={heading} id={id}>
      <h2 id={heading}>{title}</h2>
      {children}
    </section>
  );
}
