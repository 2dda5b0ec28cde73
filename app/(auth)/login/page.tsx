import { connection } from "next/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { DASHBOARD_HOME, redirectTargetSchema } from "@/lib/auth/schema";
import { getActor } from "@/lib/auth/session";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Masuk" };

type LoginRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function LoginGate({ searchParams }: LoginRouteProps) {
  // Request-time only: Auth.js re-encrypts the session token (random IV), which Next refuses
  // inside a runtime prefetch; connection() keeps this out of prefetches.
  await connection();
  // CASE: already signed in (and the session still valid): nothing to do here.
  if (await getActor()) redirect(DASHBOARD_HOME);
  const { ke } = await searchParams;
  return <LoginForm redirectTo={redirectTargetSchema.parse(ke)} />;
}

export default function LoginRoute({ searchParams }: LoginRouteProps) {
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">Masuk ke dasbor</h1>
      <p className="mb-6 text-sm text-muted">Khusus staf redaksi dan Humas.</p>
      <Suspense fallback={<p className="py-8 text-center text-sm text-muted">Memuat formulir…</p>}>
        <LoginGate searchParams={searchParams} />
      </Suspense>
    </>
  );
}
