import { useId, type ComponentProps } from "react";

type FieldProps = Omit<ComponentProps<"input">, "id"> & {
  label: string;
  name: string;
  /** Messages from the last submission (zod fieldErrors); the first one is shown. */
  errors?: readonly string[] | undefined;
  hint?: string;
};

/** A labelled text input with an optional hint and error, wired up with aria-describedby/aria-invalid. */
export function Field({ label, name, errors, hint, className = "", ...inputProps }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = errors?.[0];
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-11 rounded-md border border-muted bg-paper px-3 py-2 text-base aria-invalid:border-accent-700"
        {...inputProps}
      />
      {error ? (
        <p id={errorId} className="text-sm font-medium text-accent-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
