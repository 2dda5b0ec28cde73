import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { ListRoutePage, listMetadata } from "@/app/(site)/_lists/list-route";

// Page N ≥ 2, served for `?halaman=N` (proxy.ts). Static: see app/(site)/_lists/list-route.tsx.
export const ensureStatic = "navigation";

type RouteProps = { params: Promise<{ username: string; page: string }> };

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ username: BUILD_PLACEHOLDER_SLUG, page: "2" }];
}

const listParams = (params: RouteProps["params"]) => params.then((p) => ({ key: p.username, page: p.page }));

export function generateMetadata({ params }: RouteProps) {
  return listMetadata("penulis", listParams(params));
}

export default function Page({ params }: RouteProps) {
  return <ListRoutePage section="penulis" params={listParams(params)} />;
}
