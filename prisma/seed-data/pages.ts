/**
 * The six static pages a Pemda portal carries, with short demo text for Kota Samarinda.
 * Created once (by slug); after that they belong to the editors. Each entry's body is a
 * list of paragraphs; a line starting with "## " is a subheading.
 */
export type DemoPage = { slug: string; title: string; summary: string; body: readonly string[] };

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    slug: "profil-daerah",
    title: "Profil Daerah",
    summary: "Gambaran singkat Kota Samarinda: letak, luas wilayah, penduduk dan pemerintahan.",
    body: [
      "Kota Samarinda adalah ibu kota Provinsi Kalimantan Timur yang terletak di tepi Sungai Mahakam. Wilayahnya seluas 718 kilometer persegi dan terbagi dalam 10 kecamatan serta 59 kelurahan.",
      "## Penduduk",
      "Sekitar 860 ribu jiwa tinggal di Samarinda. Perdagangan, jasa, dan industri pengolahan menjadi penggerak utama ekonomi kota.",
      "## Pemerintahan",
      "Pemerintah Kota dipimpin Wali Kota dan Wakil Wali Kota yang dipilih langsung, dibantu Sekretariat Daerah serta perangkat daerah.",
    ],
  },
  {
    slug: "visi-misi",
    title: "Visi & Misi",
    summary: "Visi dan misi Pemerintah Kota Samarinda dalam rencana pembangunan jangka menengah daerah.",
    body: [
      "## Visi",
      "Terwujudnya Samarinda sebagai kota peradaban yang maju, berdaya saing, dan berwawasan lingkungan.",
      "## Misi",
      "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berakhlak mulia.",
      "Membangun infrastruktur kota yang merata dan tangguh terhadap banjir.",
      "Menyelenggarakan pemerintahan yang bersih, terbuka, dan melayani.",
      "Mendorong ekonomi kerakyatan yang tumbuh dan berkelanjutan.",
    ],
  },
  {
    slug: "struktur-organisasi",
    title: "Struktur Organisasi",
    summary: "Susunan perangkat daerah di lingkungan Pemerintah Kota Samarinda.",
    body: [
      "Pemerintah Kota Samarinda terdiri atas Sekretariat Daerah, Sekretariat DPRD, Inspektorat, dinas, badan, kecamatan, dan kelurahan.",
      "## Sekretariat Daerah",
      "Sekretariat Daerah dipimpin Sekretaris Daerah dan membawahkan Asisten Pemerintahan dan Kesejahteraan Rakyat, Asisten Perekonomian dan Pembangunan, serta Asisten Administrasi Umum.",
      "## Bagian Protokol dan Komunikasi Pimpinan",
      "Bagian ini mengelola hubungan masyarakat, peliputan kegiatan pimpinan, dan portal berita pemerintah kota.",
    ],
  },
  {
    slug: "pejabat",
    title: "Pejabat",
    summary: "Daftar pimpinan daerah dan pejabat tinggi pratama Pemerintah Kota Samarinda.",
    body: [
      "## Pimpinan Daerah",
      "Wali Kota Samarinda dan Wakil Wali Kota Samarinda.",
      "## Sekretariat Daerah",
      "Sekretaris Daerah Kota Samarinda beserta tiga asisten.",
      "## Kepala Perangkat Daerah",
      "Daftar lengkap kepala dinas dan badan diperbarui oleh Bagian Organisasi setiap ada pelantikan.",
    ],
  },
  {
    slug: "kontak",
    title: "Kontak",
    summary: "Alamat, telepon, dan surel Bagian Protokol dan Komunikasi Pimpinan.",
    body: [
      "Balai Kota Samarinda, Jalan Kesuma Bangsa Nomor 1, Samarinda, Kalimantan Timur 75121.",
      "Telepon (0541) 733 333 pada hari kerja pukul 08.00 sampai 16.00 WITA.",
      "Surel humas@samarindakota.go.id untuk permintaan informasi dan peliputan.",
    ],
  },
  {
    slug: "maklumat-pelayanan",
    title: "Maklumat Pelayanan",
    summary: "Janji pelayanan Pemerintah Kota Samarinda kepada masyarakat.",
    body: [
      "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
      "Pengaduan atas pelayanan dapat disampaikan melalui kanal SP4N-LAPOR! atau langsung ke Bagian Organisasi Sekretariat Daerah.",
    ],
  },
];
