import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { ListRoutePage, listMetadata } from "@/app/(site)/_lists/list-route";

// Page 1; later pages are ./halaman/[page]. Static: see app/(site)/_lists/list-route.tsx.
export const ensureStatic = "navigation";

type RouteProps = { params: Promise<{ slug: string }> };

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

const listParams = (params: RouteProps["params"]) => params.then((p) => ({ key: p.slug }));

export function generateMetadata({ params }: RouteProps) {
  return listMetadata("tag", listParams(params));
}

export default function Page({ params }: RouteProps) {
  return <ListRoutePage section="tag" params={listParams(params)} />;
}
