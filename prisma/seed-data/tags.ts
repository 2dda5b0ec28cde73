export interface DemoTag {
  slug: string;
  name: string;
}

/** Tags the demo articles use; slugs are what article data refers to. */
export const DEMO_TAGS: readonly DemoTag[] = [
  { slug: "wali-kota", name: "Wali Kota" },
  { slug: "dprd", name: "DPRD" },
  { slug: "apbd-2027", name: "APBD 2027" },
  { slug: "musrenbang", name: "Musrenbang" },
  { slug: "pelayanan-publik", name: "pelayanan publik" },
  { slug: "banjir", name: "banjir" },
  { slug: "sungai-karang-mumus", name: "Sungai Karang Mumus" },
  { slug: "drainase", name: "drainase" },
  { slug: "jalan", name: "jalan" },
  { slug: "air-bersih", name: "air bersih" },
  { slug: "stunting", name: "stunting" },
  { slug: "posyandu", name: "posyandu" },
  { slug: "imunisasi", name: "imunisasi" },
  { slug: "puskesmas", name: "puskesmas" },
  { slug: "sekolah", name: "sekolah" },
  { slug: "guru", name: "guru" },
  { slug: "beasiswa", name: "beasiswa" },
  { slug: "umkm", name: "UMKM" },
  { slug: "pasar", name: "pasar" },
  { slug: "inflasi", name: "inflasi" },
  { slug: "bansos", name: "bansos" },
  { slug: "bank-sampah", name: "bank sampah" },
  { slug: "penghijauan", name: "penghijauan" },
  { slug: "porprov", name: "Porprov" },
  { slug: "festival", name: "festival" },
  { slug: "tepian-mahakam", name: "Tepian Mahakam" },
  { slug: "satpol-pp", name: "Satpol PP" },
  { slug: "kebakaran", name: "kebakaran" },
];
