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
