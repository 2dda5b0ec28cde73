import { useId, type ComponentProps, type ReactNode } from "react";

/**
 * The form primitives every form uses: a label, an optional hint, the messages of the
 * last check, and the ids that tie them to the control (aria-describedby, aria-invalid).
 * No "use client": server-rendered filter forms use them as well as client forms.
 *
 * The required mark sits next to the label, not inside it and hidden from assistive
 * technology, so a field's accessible name is exactly its label; the control's own
 * `required` says "required" to a screen reader.
 */

type FieldFrameProps = {
  label: string;
  hint?: ReactNode;
  /** Messages for this field (`FieldErrors[name]` from an action or the client check); all are shown. */
  errors?: readonly string[] | undefined;
  /** Defaults to a generated id; give one only where a link or script needs a stable id. */
  id?: string;
  /** Classes of the wrapper (grid spans, margins). */
  className?: string;
};

/** What a control needs from its field: spread onto the input, select or textarea. */
export type ControlProps = { id: string; "aria-describedby": string | undefined; "aria-invalid": true | undefined };

/** The shared look of text inputs, selects and textareas. */
export const controlClass =
  "min-h-11 w-full rounded border border-muted bg-paper px-3 py-2 aria-invalid:border-accent-700 aria-invalid:ring-1 aria-invalid:ring-accent-700";

function join(...classes: (string | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-accent-700">
      *
    </span>
  );
}

function FieldMessage({ id, messages }: { id: string; messages: readonly string[] }) {
  return (
    <p id={id} className="text-sm font-semibold text-accent-700">
      {messages.join(" ")}
    </p>
  );
}

function useFieldIds(givenId: string | undefined, hint: ReactNode, errors: readonly string[] | undefined) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hasError = Boolean(errors?.length);
  return {
    id,
    hintId: `${id}-hint`,
    errorId: `${id}-error`,
    hasError,
    describedBy: join(hint ? `${id}-hint` : undefined, hasError ? `${id}-error` : undefined) || undefined,
  };
}

/**
 * A field around any control: label, required mark, hint, control, messages. The control
 * gets its id and aria attributes from `children`. A control that cannot be the target of
 * `<label for>` (a contenteditable editor) sets `isLabelledBy` and names itself with
 * `aria-labelledby` pointing at the label id that `children` receives second.
 */
export function Field({
  label,
  hint,
  errors,
  id: givenId,
  className,
  isRequired = false,
  isLabelledBy = false,
  children,
}: FieldFrameProps & {
  isRequired?: boolean;
  isLabelledBy?: boolean;
  children: (control: ControlProps, labelId: string) => ReactNode;
}) {
  const { id, hintId, errorId, hasError, describedBy } = useFieldIds(givenId, hint, errors);
  const labelId = `${id}-label`;
  return (
    <div className={join("flex flex-col gap-1", className)}>
      <div className="text-sm font-semibold">
        {isLabelledBy ? (
          <span id={labelId}>{label}</span>
        ) : (
          <label id={labelId} htmlFor={id}>
            {label}
          </label>
        )}
        {isRequired ? <RequiredMark /> : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": hasError || undefined }, labelId)}
      {hasError && errors ? <FieldMessage id={errorId} messages={errors} /> : null}
    </div>
  );
}

type ControlFieldProps<Element extends "input" | "select" | "textarea"> = FieldFrameProps &
  Omit<ComponentProps<Element>, "id" | "className"> & {
    /** Classes added to the control's shared look (a serif title, a monospaced slug). */
    controlClassName?: string;
    /** Defaults to `required`; off where the label itself already says "wajib". */
    hasRequiredMark?: boolean;
  };

/** Splits a control field's props into the frame's, the control's own, and the control's classes. */
function splitProps<Props extends ControlFieldProps<"input" | "select" | "textarea">>(props: Props) {
  const { label, hint, errors, id, className, controlClassName, hasRequiredMark, ...control } = props;
  const isRequired = hasRequiredMark ?? Boolean(control.required);
  return {
    frame: { label, hint, errors, id, className, isRequired },
    control,
    controlClassName: join(controlClass, controlClassName),
  };
}

export function InputField(props: ControlFieldProps<"input">) {
  const { frame, control, controlClassName } = splitProps(props);
  return <Field {...frame}>{(ids) => <input {...ids} {...control} className={controlClassName} />}</Field>;
}

export function SelectField(props: ControlFieldProps<"select">) {
  const { frame, control, controlClassName } = splitProps(props);
  return <Field {...frame}>{(ids) => <select {...ids} {...control} className={controlClassName} />}</Field>;
}

export function TextareaField(props: ControlFieldProps<"textarea">) {
  const { frame, control, controlClassName } = splitProps(props);
  return <Field {...frame}>{(ids) => <textarea {...ids} {...control} className={controlClassName} />}</Field>;
}

/** A group of controls under one legend (checkboxes, an upload with its options), with hint and messages. */
export function Fieldset({
  legend,
  hint,
  errors,
  isBoxed = false,
  className,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  errors?: readonly string[] | undefined;
  /** Draws a border round the group, for a group that holds several fields of its own. */
  isBoxed?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { hintId, errorId, hasError, describedBy } = useFieldIds(undefined, hint, errors);
  return (
    <fieldset
      aria-describedby={describedBy}
      className={join("flex min-w-0 flex-col gap-2", isBoxed ? "rounded border border-line p-3" : undefined, className)}
    >
      <legend className={join("text-sm font-semibold", isBoxed ? "px-1" : undefined)}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {hasError && errors ? <FieldMessage id={errorId} messages={errors} /> : null}
    </fieldset>
  );
}

/** One checkbox with its label after it; `className` styles the whole clickable label. */
export function Checkbox({
  label,
  className,
  ...inputProps
}: Omit<ComponentProps<"input">, "type" | "className"> & { label: ReactNode; className?: string }) {
  return (
    <label className={join("inline-flex items-center gap-2", className)}>
      <input type="checkbox" {...inputProps} className="size-4 accent-brand-700" />
      {label}
    </label>
  );
}
