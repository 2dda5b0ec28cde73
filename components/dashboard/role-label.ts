import type { Role } from "@/lib/auth/permissions";

/** How the newsroom names the roles on screen. */
export const ROLE_LABELS: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", WRITER: "Penulis" };
