import type { Metadata } from "next";
import type { ReactNode } from "react";
import { site } from "@/lib/site";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Staff sign-in screens: no reader chrome, one centred card under the portal name. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-wash px-4 py-10 sm:justify-center">
      <main className="w-full max-w-md">
        <p className="mb-6 text-center font-serif text-2xl font-bold text-brand-800">{site.name}</p>
        <div className="rounded-lg border border-line bg-paper p-6 shadow-sm sm:p-8">{children}</div>
      </main>
    </div>
  );
}
