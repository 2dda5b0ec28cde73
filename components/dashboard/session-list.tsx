import type { SessionListItem } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";

/** Open sessions of one account: device, address, last activity and sign-in time. */
export function SessionList({
  sessions,
  timeZone,
  caption,
}: {
  sessions: SessionListItem[];
  timeZone: IndonesianTimeZone;
  caption: string;
}) {
  if (sessions.length === 0) return <p className="text-sm text-muted">Tidak ada sesi yang terbuka.</p>;
  return (
    <div className="overflow-x-auto rounded border border-line">
      <table className="w-full min-w-[560px] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-wash">
          <tr>
            <th scope="col" className="px-3 py-2">
              Perangkat
            </th>
            <th scope="col" className="px-3 py-2">
              Alamat IP
            </th>
            <th scope="col" className="px-3 py-2">
              Terakhir aktif
            </th>
            <th scope="col" className="px-3 py-2">
              Masuk sejak
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-t border-line">
              <th scope="row" className="px-3 py-2 font-semibold">
                {session.device}
                {session.isCurrent ? <span className="ml-2 font-normal text-muted">(perangkat ini)</span> : null}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{session.ip ?? "tidak diketahui"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(session.lastSeenAt, timeZone)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(session.createdAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
