"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ViewsChartPoint = { day: string; label: string; views: number };

/**
 * Daily views as bars. The chart itself is hidden from assistive technology; the same
 * numbers are in a visually hidden table, and a sentence sums them up.
 */
export function ViewsChart({ points, summary }: { points: ViewsChartPoint[]; summary: string }) {
  return (
    <figure className="flex flex-col gap-2">
      <div aria-hidden="true" className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={points}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            accessibilityLayer={false}
            tabIndex={-1}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#dde3e8" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 12, fill: "#545d66" }}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#545d66" }} width={40} />
            <Tooltip formatter={(value) => [`${String(value)} kali`, "Dilihat"]} />
            <Bar dataKey="views" fill="#0f6b80" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted">{summary}</figcaption>
      <table className="sr-only">
        <caption>Jumlah dilihat per hari</caption>
        <thead>
          <tr>
            <th scope="col">Tanggal</th>
            <th scope="col">Dilihat</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.day}>
              <th scope="row">{point.label}</th>
              <td>{point.views}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
