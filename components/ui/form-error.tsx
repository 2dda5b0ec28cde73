type FormErrorProps = { message?: string | undefined };

/** The form-level error of the last submission, announced to screen readers. */
export function FormError({ message }: FormErrorProps) {
  return (
    <div role="alert" aria-live="assertive">
      {message ? (
        <p className="rounded-md border border-accent-700 bg-accent-700/5 px-3 py-2 text-sm font-medium text-accent-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}
