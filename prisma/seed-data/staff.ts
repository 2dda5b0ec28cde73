import type { Role } from "@/lib/db/generated/client";

export interface DemoStaff {
  username: string;
  displayName: string;
  email: string;
  role: Role;
  /** Sign-off initials: writers capitalised ("Prb"), editors lowercase ("ty"). */
  initials: string;
}

/**
 * Known passwords for the demo accounts, printed at the end of a demo seed. Never used
 * unless SEED_DEMO_CONTENT=true.
 */
export const DEMO_PASSWORDS = {
  ADMIN: "warta-admin-2026",
  EDITOR: "warta-editor-2026",
  WRITER: "warta-penulis-2026",
} as const satisfies Record<Role, string>;

/** Display name and initials of the first admin when it comes from the environment. */
export const FIRST_ADMIN_PROFILE = { displayName: "Administrator Portal", initials: "adm" } as const;

/** Demo editors and writers. The admin is the first admin from the environment. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    username: "yuniar",
    displayName: "Theresia Yuniar",
    email: "yuniar@samarindakota.example",
    role: "EDITOR",
    initials: "ty",
  },
  {
    username: "wicaksono",
    displayName: "Dimas Wicaksono",
    email: "wicaksono@samarindakota.example",
    role: "EDITOR",
    initials: "dw",
  },
  {
    username: "marlina",
    displayName: "Siti Marlina",
    email: "marlina@samarindakota.example",
    role: "EDITOR",
    initials: "sm",
  },
  {
    username: "prabawati",
    displayName: "Prabawati Kusumaningrum",
    email: "prabawati@samarindakota.example",
    role: "WRITER",
    initials: "Prb",
  },
  {
    username: "agus",
    displayName: "Agus Setiawan",
    email: "agus@samarindakota.example",
    role: "WRITER",
    initials: "Ags",
  },
  {
    username: "rina",
    displayName: "Rina Andriani",
    email: "rina@samarindakota.example",
    role: "WRITER",
    initials: "Rin",
  },
  {
    username: "fadli",
    displayName: "Muhammad Fadli",
    email: "fadli@samarindakota.example",
    role: "WRITER",
    initials: "Fdl",
  },
  {
    username: "aisyah",
    displayName: "Nur Aisyah",
    email: "aisyah@samarindakota.example",
    role: "WRITER",
    initials: "Ays",
  },
];
