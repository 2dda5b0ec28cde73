import { PageHeader } from "@/components/dashboard/page-header";

// Placeholder so /dashboard resolves on this branch; the dashboard-home branch replaces it.
export default function DashboardHomeRoute() {
  return <PageHeader title="Ringkasan" description="Selamat datang di dasbor redaksi." />;
}
