"use client";

import { DashboardErrorView } from "@/components/dashboard/dashboard-problem";

// A dashboard screen failed below the layout: the navigation stays, the screen says why.
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  return <DashboardErrorView error={error} retry={retry} />;
}
