import { EKONOMI_ARTICLES } from "./articles-ekonomi";
import { INFRASTRUKTUR_ARTICLES } from "./articles-infrastruktur";
import { KEAMANAN_KETERTIBAN_ARTICLES } from "./articles-keamanan-ketertiban";
import { KESEHATAN_ARTICLES } from "./articles-kesehatan";
import { LINGKUNGAN_ARTICLES } from "./articles-lingkungan";
import { OLAHRAGA_ARTICLES } from "./articles-olahraga";
import { PARIWISATA_ARTICLES } from "./articles-pariwisata";
import { PEMERINTAHAN_ARTICLES } from "./articles-pemerintahan";
import { PENDIDIKAN_ARTICLES } from "./articles-pendidikan";
import { SOSIAL_BUDAYA_ARTICLES } from "./articles-sosial-budaya";
import type { DemoArticle } from "./types";
import { WORKFLOW_ARTICLES } from "./articles-workflow";

/** Every demo article. Slugs come from the titles, so titles must stay unique. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...PEMERINTAHAN_ARTICLES,
  ...EKONOMI_ARTICLES,
  ...KESEHATAN_ARTICLES,
  ...PENDIDIKAN_ARTICLES,
  ...INFRASTRUKTUR_ARTICLES,
  ...SOSIAL_BUDAYA_ARTICLES,
  ...LINGKUNGAN_ARTICLES,
  ...OLAHRAGA_ARTICLES,
  ...PARIWISATA_ARTICLES,
  ...KEAMANAN_KETERTIBAN_ARTICLES,
  ...WORKFLOW_ARTICLES,
];
