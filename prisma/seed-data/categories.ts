import type { DemoCategorySlug } from "./types";

export interface ReferenceCategory {
  slug: DemoCategorySlug;
  name: string;
  description: string;
  position: number;
}

/**
 * The sections a Humas portal opens with. Seeded in production too; editors may rename
 * or reorder them afterwards, and a later seed run leaves their changes alone.
 */
export const REFERENCE_CATEGORIES: readonly ReferenceCategory[] = [
  {
    slug: "pemerintahan",
    name: "Pemerintahan",
    description:
      "Kebijakan Wali Kota, rapat koordinasi, perencanaan dan anggaran daerah, serta kerja sama dengan DPRD.",
    position: 1,
  },
  {
    slug: "ekonomi",
    name: "Ekonomi",
    description: "UMKM, pasar dan harga kebutuhan pokok, investasi, serta pengendalian inflasi daerah.",
    position: 2,
  },
  {
    slug: "kesehatan",
    name: "Kesehatan",
    description: "Layanan puskesmas dan rumah sakit, imunisasi, posyandu, dan percepatan penurunan stunting.",
    position: 3,
  },
  {
    slug: "pendidikan",
    name: "Pendidikan",
    description: "Sekolah dan guru, penerimaan murid baru, beasiswa, serta gerakan literasi.",
    position: 4,
  },
  {
    slug: "infrastruktur",
    name: "Infrastruktur",
    description: "Jalan, jembatan, drainase, pengendalian banjir, air bersih, dan penataan kota.",
    position: 5,
  },
  {
    slug: "sosial-budaya",
    name: "Sosial Budaya",
    description: "Bantuan sosial, pemberdayaan masyarakat, kebudayaan daerah, dan kehidupan beragama.",
    position: 6,
  },
  {
    slug: "lingkungan",
    name: "Lingkungan",
    description: "Pengelolaan sampah, bank sampah, penghijauan, ruang terbuka hijau, dan kebersihan sungai.",
    position: 7,
  },
  {
    slug: "olahraga",
    name: "Olahraga",
    description: "Pembinaan atlet, kejuaraan daerah, sarana olahraga, dan kegiatan kebugaran warga.",
    position: 8,
  },
  {
    slug: "pariwisata",
    name: "Pariwisata",
    description: "Destinasi wisata, festival, ekonomi kreatif, dan promosi daerah.",
    position: 9,
  },
  {
    slug: "keamanan-ketertiban",
    name: "Keamanan dan Ketertiban",
    description: "Ketenteraman dan ketertiban umum, penegakan perda, kebencanaan, dan lalu lintas.",
    position: 10,
  },
];
