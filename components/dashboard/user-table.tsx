import Link from "next/link";
import type { Role } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { ROLE_LABELS } from "@/lib/users/schema";

export type UserTableRow = {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: Role;
  initials: string;
  isActive: boolean;
  lastLoginAt: Date | null;
};

/** Staff accounts for the admin screen; each name links to the account's edit page. */
export function UserTable({ users, timeZone }: { users: UserTableRow[]; timeZone: IndonesianTimeZone }) {
  return (
    <div className="overflow-x-auto rounded border border-line">
      <table className="w-full min-w-[720px] border-collapse text-left text-sm">
        <caption className="sr-only">Daftar akun staf</caption>
        <thead className="bg-wash">
          <tr>
            <th scope="col" className="px-3 py-2">
              Nama
            </th>
            <th scope="col" className="px-3 py-2">
              Nama pengguna
            </th>
            <th scope="col" className="px-3 py-2">
              Surel
            </th>
            <th scope="col" className="px-3 py-2">
              Peran
            </th>
            <th scope="col" className="px-3 py-2">
              Inisial
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Terakhir masuk
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-line">
              <th scope="row" className="px-3 py-2 font-semibold">
                <Link href={`/dashboard/pengguna/${user.id}`} className="text-brand-700 underline">
                  {user.displayName}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{user.username}</td>
              <td className="px-3 py-2 whitespace-nowrap">{user.email}</td>
              <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
              <td className="px-3 py-2">{user.initials}</td>
              <td className="px-3 py-2">
                {user.isActive ? (
                  <span className="font-semibold text-brand-700">Aktif</span>
                ) : (
                  <span className="font-semibold text-accent-700">Nonaktif</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt, timeZone) : "Belum pernah"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
