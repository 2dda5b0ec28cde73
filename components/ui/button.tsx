import type { ButtonHTMLAttributes } from "react";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "danger";
  /** Shows the button busy (disabled, aria-busy) while a form action runs. */
  isPending?: boolean;
};

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-600/70",
  secondary: "border border-line bg-paper text-ink hover:bg-wash disabled:text-muted",
  danger: "bg-accent-700 text-white hover:bg-accent-600 disabled:bg-accent-600/70",
} as const;

export function Button({ variant = "primary", isPending = false, className = "", disabled, ...props }: ButtonProps) {
  return (
    <button
      type="submit"
      {...props}
      disabled={disabled || isPending}
      aria-busy={isPending || undefined}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
    />
  );
}

/*
 * Classes for the dashboard's compact buttons and for links styled as buttons, where the
 * Button component's full-height look does not fit (rows of a table, a toolbar).
 */
export const primaryButtonClass =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60";
export const dangerButtonClass =
  "rounded border border-accent-700 px-3 py-1.5 text-sm font-semibold text-accent-700 hover:bg-red-50 disabled:opacity-60";
