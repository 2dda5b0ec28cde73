import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Keluar" };

/** A confirmation page: visiting /logout (a GET, which any site can trigger) never signs out. */
export default function LogoutRoute() {
  return (
    <>
      <h1 className="mb-4 text-xl font-bold">Keluar dari dasbor?</h1>
      <form action={signOutAction} className="flex flex-wrap items-center gap-4">
        <Button>Keluar</Button>
        <Link href="/dashboard" className="text-sm text-brand-700 underline underline-offset-4">
          Batal, kembali ke dasbor
        </Link>
      </form>
    </>
  );
}
