"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { can, type Action, type Actor } from "@/lib/auth/permissions";

type NavItem = { href: string; label: string; action?: Action };

// Hiding a link is convenience only: every page and action checks permissions itself.
const ITEMS: readonly NavItem[] = [
  { href: "/dashboard", label: "Ringkasan" },
  { href: "/dashboard/artikel", label: "Artikel" },
  { href: "/dashboard/kategori", label: "Kategori", action: "category.manage" },
  { href: "/dashboard/beranda", label: "Beranda", action: "home.pin" },
  // Portal content beyond news.
  { href: "/dashboard/pengumuman", label: "Pengumuman" },
  { href: "/dashboard/agenda", label: "Agenda" },
  { href: "/dashboard/peringatan", label: "Peringatan darurat", action: "banner.manage" },
  { href: "/dashboard/halaman", label: "Halaman", action: "page.edit" },
  { href: "/dashboard/dokumen", label: "Dokumen", action: "document.manage" },
  { href: "/dashboard/galeri", label: "Galeri", action: "gallery.manage" },
  { href: "/dashboard/pengguna", label: "Pengguna", action: "user.manage" },
  { href: "/dashboard/audit", label: "Audit", action: "audit.view" },
  { href: "/dashboard/akun", label: "Akun saya" },
  { href: "/ganti-sandi", label: "Ganti sandi" },
];

function isActive(pathname: string, href: string): boolean {
  if (href === "/dashboard") return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

type DashboardNavProps = {
  actor: Actor;
  signOutAction: () => Promise<void>;
};

/** The role-aware dashboard navigation; a disclosure menu below the md breakpoint. */
export function DashboardNav({ actor, signOutAction }: DashboardNavProps) {
  const pathname = usePathname();
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  const items = ITEMS.filter((item) => !item.action || can(actor, item.action));

  return (
    <nav aria-label="Dasbor" className="border-b border-line bg-wash md:w-56 md:shrink-0 md:border-r md:border-b-0">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={listId}
        onClick={() => setIsOpen((open) => !open)}
        className="flex min-h-11 w-full items-center justify-between px-4 text-sm font-semibold md:hidden"
      >
        Menu
        <span aria-hidden="true">{isOpen ? "▲" : "▼"}</span>
      </button>
      <ul id={listId} className={`${isOpen ? "flex" : "hidden"} flex-col gap-1 px-2 pb-3 md:flex md:py-4`}>
        {items.map((item) => {
          const isCurrent = isActive(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                onClick={() => setIsOpen(false)}
                className={`flex min-h-11 items-center rounded-md px-3 text-sm ${
                  isCurrent ? "bg-brand-700 font-semibold text-white" : "text-ink hover:bg-brand-50"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
        <li className="mt-2 border-t border-line pt-2">
          <form action={signOutAction}>
            <button
              type="submit"
              className="flex min-h-11 w-full items-center rounded-md px-3 text-left text-sm text-accent-700 hover:bg-brand-50"
            >
              Keluar
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
