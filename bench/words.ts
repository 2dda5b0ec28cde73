/**
 * Word lists for the bench data generator. Titles and bodies are assembled from these
 * templates so that full-text search, trigram similarity and tag pages meet text with
 * the vocabulary, length and repetition of a real Humas portal, not lorem ipsum.
 *
 * Slots in braces are filled by bench/generate-lib.ts: {kelurahan}, {kecamatan}, {nama},
 * {pejabat} and {tahun} stay the same within one article (the story happens in one place,
 * with one official); the others are drawn again on every use.
 */

/** The ten kecamatan of Samarinda. */
export const KECAMATAN = [
  "Palaran",
  "Samarinda Ilir",
  "Samarinda Kota",
  "Sambutan",
  "Samarinda Seberang",
  "Loa Janan Ilir",
  "Sungai Kunjang",
  "Samarinda Ulu",
  "Samarinda Utara",
  "Sungai Pinang",
] as const;

/** Kelurahan with the kecamatan they belong to. */
export const KELURAHAN: readonly (readonly [name: string, kecamatan: (typeof KECAMATAN)[number]])[] = [
  ["Rawa Makmur", "Palaran"],
  ["Handil Bakti", "Palaran"],
  ["Bukuan", "Palaran"],
  ["Simpang Pasir", "Palaran"],
  ["Bantuas", "Palaran"],
  ["Sidomulyo", "Samarinda Ilir"],
  ["Sungai Dama", "Samarinda Ilir"],
  ["Selili", "Samarinda Ilir"],
  ["Sidodamai", "Samarinda Ilir"],
  ["Pelita", "Samarinda Ilir"],
  ["Karang Mumus", "Samarinda Kota"],
  ["Pelabuhan", "Samarinda Kota"],
  ["Pasar Pagi", "Samarinda Kota"],
  ["Bugis", "Samarinda Kota"],
  ["Sungai Pinang Luar", "Samarinda Kota"],
  ["Sambutan", "Sambutan"],
  ["Makroman", "Sambutan"],
  ["Sindang Sari", "Sambutan"],
  ["Pulau Atas", "Sambutan"],
  ["Sungai Kapih", "Sambutan"],
  ["Sungai Keledang", "Samarinda Seberang"],
  ["Baqa", "Samarinda Seberang"],
  ["Mesjid", "Samarinda Seberang"],
  ["Mangkupalas", "Samarinda Seberang"],
  ["Tenun", "Samarinda Seberang"],
  ["Simpang Tiga", "Loa Janan Ilir"],
  ["Tani Aman", "Loa Janan Ilir"],
  ["Sengkotek", "Loa Janan Ilir"],
  ["Harapan Baru", "Loa Janan Ilir"],
  ["Rapak Dalam", "Loa Janan Ilir"],
  ["Loa Bakung", "Sungai Kunjang"],
  ["Loa Buah", "Sungai Kunjang"],
  ["Karang Asam Ulu", "Sungai Kunjang"],
  ["Karang Asam Ilir", "Sungai Kunjang"],
  ["Teluk Lerong Ilir", "Sungai Kunjang"],
  ["Lok Bahu", "Sungai Kunjang"],
  ["Air Putih", "Samarinda Ulu"],
  ["Air Hitam", "Samarinda Ulu"],
  ["Dadi Mulya", "Samarinda Ulu"],
  ["Gunung Kelua", "Samarinda Ulu"],
  ["Bukit Pinang", "Samarinda Ulu"],
  ["Teluk Lerong Ulu", "Samarinda Ulu"],
  ["Sidodadi", "Samarinda Ulu"],
  ["Sempaja Selatan", "Samarinda Utara"],
  ["Sempaja Utara", "Samarinda Utara"],
  ["Lempake", "Samarinda Utara"],
  ["Sungai Siring", "Samarinda Utara"],
  ["Tanah Merah", "Samarinda Utara"],
  ["Budaya Pampang", "Samarinda Utara"],
  ["Temindung Permai", "Sungai Pinang"],
  ["Sungai Pinang Dalam", "Sungai Pinang"],
  ["Gunung Lingai", "Sungai Pinang"],
  ["Mugirejo", "Sungai Pinang"],
  ["Bandara", "Sungai Pinang"],
];

/** Where a story was filed; most from the city itself. */
export const DATELINES: readonly (readonly [place: string, weight: number])[] = [
  ["Samarinda", 90],
  ["Balikpapan", 2],
  ["Tenggarong", 2],
  ["Bontang", 1],
  ["Jakarta", 2],
  ["Sangatta", 1],
  ["Penajam", 1],
  ["Tanjung Redeb", 1],
];

export const FIRST_NAMES = [
  "Andi",
  "Ahmad",
  "Budi",
  "Dewi",
  "Eka",
  "Fitri",
  "Gusti",
  "Hendra",
  "Indah",
  "Joko",
  "Kartini",
  "Lestari",
  "Made",
  "Nurul",
  "Putri",
  "Rahmat",
  "Sri",
  "Taufik",
  "Usman",
  "Wahyu",
  "Yusuf",
  "Zainal",
  "Ratna",
  "Syahrul",
  "Dian",
  "Arif",
  "Mega",
  "Irfan",
  "Siti",
  "Bambang",
  "Rudi",
  "Yulia",
  "Hasan",
  "Novi",
  "Ilham",
  "Fajar",
  "Maya",
  "Samsul",
  "Wulan",
  "Agung",
] as const;

export const LAST_NAMES = [
  "Saputra",
  "Hidayat",
  "Pratama",
  "Lestari",
  "Wijaya",
  "Rahman",
  "Kusuma",
  "Setiawan",
  "Hakim",
  "Nugroho",
  "Purnomo",
  "Syahputra",
  "Handayani",
  "Maulana",
  "Ramadhan",
  "Susanti",
  "Firmansyah",
  "Harahap",
  "Siregar",
  "Anwar",
  "Effendi",
  "Kurniawan",
  "Permana",
  "Utami",
  "Santoso",
  "Fauzi",
  "Rusdi",
  "Yunus",
  "Amir",
  "Jaya",
] as const;

/** Streets, schools, clinics and markets of the city, for the {jalan}, {sekolah}… slots. */
export const JALAN = [
  "Jalan Juanda",
  "Jalan Pangeran Antasari",
  "Jalan Slamet Riyadi",
  "Jalan Pangeran Suryanata",
  "Jalan DI Panjaitan",
  "Jalan Ahmad Yani",
  "Jalan Gatot Subroto",
  "Jalan Cipto Mangunkusumo",
  "Jalan Bung Tomo",
  "Jalan Wahid Hasyim",
  "Jalan Sultan Alimuddin",
  "Jalan Kadrie Oening",
  "Jalan Muhammad Yamin",
  "Jalan Jakarta",
  "Jalan Lambung Mangkurat",
  "Jalan KH Agus Salim",
  "Jalan Dr Soetomo",
  "Jalan Pahlawan",
  "Jalan Cendana",
  "Jalan Siradj Salman",
  "Jalan Pramuka",
  "Jalan Anggur",
  "Jalan Letjen Suprapto",
  "Jalan Sentosa",
  "Jalan Kesuma Bangsa",
  "Jalan Mulawarman",
  "Jalan Gajah Mada",
  "Jalan Untung Suropati",
  "Jalan Poros Samarinda-Bontang",
  "Jalan Bhayangkara",
] as const;
export const SEKOLAH: readonly string[] = [
  ...Array.from({ length: 50 }, (_, index) => `SD Negeri ${String(index + 1).padStart(3, "0")}`),
  ...Array.from({ length: 48 }, (_, index) => `SMP Negeri ${index + 1}`),
];
export const PUSKESMAS = [
  "Puskesmas Sempaja",
  "Puskesmas Lempake",
  "Puskesmas Karang Asam",
  "Puskesmas Palaran",
  "Puskesmas Segiri",
  "Puskesmas Bengkuring",
  "Puskesmas Sidomulyo",
  "Puskesmas Baqa",
  "Puskesmas Mangkupalas",
  "Puskesmas Loa Bakung",
] as const;
export const PASAR = [
  "Pasar Segiri",
  "Pasar Pagi",
  "Pasar Merdeka",
  "Pasar Sungai Dama",
  "Pasar Kedondong",
  "Pasar Baqa",
  "Pasar Rahmat",
] as const;
export const SUNGAI = [
  "Sungai Karang Mumus",
  "Sungai Mahakam",
  "Sungai Karang Asam",
  "Sungai Palaran",
  "Sungai Loa Bakung",
] as const;
export const WISATA = [
  "Tepian Mahakam",
  "Taman Samarendah",
  "Desa Budaya Pampang",
  "Kebun Raya Unmul Samarinda",
  "Air Terjun Tanah Merah",
  "Taman Cerdas",
  "Islamic Center",
  "Citra Niaga",
  "Bukit Steling",
  "Jembatan Mahkota II",
] as const;
export const CABANG_OLAHRAGA = [
  "sepak bola",
  "bulu tangkis",
  "bola voli",
  "pencak silat",
  "atletik",
  "renang",
  "tenis meja",
  "dayung",
  "karate",
  "catur",
] as const;
export const HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/** Headings inside longer articles. */
export const HEADINGS = [
  "Langkah Selanjutnya",
  "Tanggapan Warga",
  "Anggaran dan Sasaran",
  "Jadwal Pelaksanaan",
  "Cara Mendaftar",
  "Hasil Evaluasi",
  "Imbauan kepada Warga",
  "Latar Belakang",
] as const;

/** Sentences that fit any story. */
export const GENERAL_SENTENCES = [
  "Kegiatan tersebut dihadiri unsur Forum Komunikasi Pimpinan Kecamatan {kecamatan}, para ketua RT, dan tokoh masyarakat setempat.",
  "Pemerintah kota berkomitmen melanjutkan program ini pada tahun anggaran berikutnya dengan cakupan yang lebih luas.",
  "Menurut data yang dihimpun panitia, sebanyak {ratusan} warga terlibat langsung dalam kegiatan ini.",
  "Ia berharap kerja sama antara pemerintah, dunia usaha, dan masyarakat terus terjalin dengan baik.",
  "Hasil pemantauan di lapangan akan dilaporkan kepada Wali Kota sebagai bahan evaluasi.",
  "Warga yang membutuhkan informasi lebih lanjut dapat menghubungi kantor Kelurahan {kelurahan} pada jam kerja.",
  "Pelaksanaan kegiatan melibatkan {angka} organisasi perangkat daerah yang saling berkoordinasi.",
  "Program ini merupakan bagian dari upaya mewujudkan Samarinda sebagai kota pusat peradaban.",
  "Pihaknya juga membuka kanal pengaduan melalui aplikasi layanan warga yang dapat diakses selama 24 jam.",
  "Anggaran kegiatan bersumber dari APBD Kota Samarinda Tahun {tahun} sebesar {rupiah}.",
  "Ketua RT setempat menyambut baik kegiatan tersebut dan mengajak warga untuk ikut menjaga hasilnya.",
  "Evaluasi menyeluruh akan dilakukan setiap tiga bulan agar pelaksanaan program tepat sasaran.",
  "Dalam kesempatan itu, {pejabat} juga menyerahkan piagam penghargaan kepada {angka} kelompok masyarakat yang aktif.",
  "Sebelumnya, kegiatan serupa telah digelar di Kecamatan {kecamatan2} dan mendapat sambutan positif dari warga.",
  "Pemerintah kota memastikan seluruh tahapan dilaksanakan secara terbuka dan dapat dipantau masyarakat.",
] as const;

/** The last paragraph. */
export const CLOSINGS = [
  "Informasi resmi mengenai kegiatan ini dapat diikuti melalui kanal media sosial Pemerintah Kota Samarinda.",
  "Warga diimbau tidak mudah percaya pada informasi yang belum jelas sumbernya dan selalu merujuk pada kanal resmi pemerintah kota.",
  "Kegiatan ditutup dengan doa bersama dan ramah tamah antara pejabat dan warga.",
  "Pemerintah kota akan menyampaikan perkembangan selanjutnya melalui portal berita resmi ini.",
  "Masyarakat yang memiliki saran dan masukan dapat menyampaikannya melalui kantor kelurahan atau kecamatan terdekat.",
  "Kegiatan serupa dijadwalkan berlanjut pada {bulan} mendatang.",
] as const;

/** Quotes any official might give. */
export const GENERAL_QUOTES = [
  "Kami ingin pelayanan ini benar-benar dirasakan manfaatnya oleh warga, bukan sekadar seremonial",
  "Semua pihak harus bergerak bersama. Pemerintah tidak bisa bekerja sendiri",
  "Kami terbuka terhadap masukan warga, karena merekalah yang paling tahu kondisi di lapangan",
  "Target kami jelas, dan kami akan mengevaluasinya secara berkala",
  "Terima kasih kepada warga yang sudah berpartisipasi. Ini modal penting untuk pembangunan kota",
] as const;

export interface CategoryWords {
  /** The office that usually speaks for this beat. */
  dinas: readonly string[];
  /** Job titles to pair with a name ("Kepala Dinas Kesehatan"). */
  pejabat: readonly string[];
  /** A lead paragraph with the headlines that fit it. */
  stories: readonly { lead: string; titles: readonly string[] }[];
  sentences: readonly string[];
  quotes: readonly string[];
  listItems: readonly string[];
  /** Tag names on this beat, most common first. */
  topics: readonly string[];
}

/** Per category slug (prisma/seed-data/categories.ts). */
export const CATEGORY_WORDS: Readonly<Record<string, CategoryWords>> = {
  pemerintahan: {
    dinas: [
      "Bagian Pemerintahan Setda Kota Samarinda",
      "Badan Perencanaan Pembangunan Daerah",
      "Badan Kepegawaian dan Pengembangan SDM",
    ],
    pejabat: [
      "Wali Kota Samarinda",
      "Wakil Wali Kota Samarinda",
      "Sekretaris Daerah Kota Samarinda",
      "Camat {kecamatan}",
      "Lurah {kelurahan}",
    ],
    stories: [
      {
        lead: "Pemerintah Kota Samarinda menggelar Musyawarah Perencanaan Pembangunan (Musrenbang) tingkat Kecamatan {kecamatan} di aula kantor camat, {hari}. Kegiatan ini menampung usulan warga dari seluruh kelurahan untuk Rencana Kerja Pemerintah Daerah tahun {tahun}.",
        titles: [
          "Wali Kota Buka Musrenbang Kecamatan {kecamatan}, {ratusan} Usulan Masuk untuk {tahun}",
          "Warga {kelurahan} Usulkan {angka} Kegiatan dalam Musrenbang {tahun}",
          "Musrenbang Kelurahan {kelurahan} Tampung {ratusan} Usulan Warga",
        ],
      },
      {
        lead: "{pejabat}, {nama}, meninjau langsung pelayanan di Kantor Kelurahan {kelurahan}, Kecamatan {kecamatan}, {hari}. Peninjauan dilakukan untuk memastikan warga mendapat layanan yang cepat dan tanpa pungutan.",
        titles: [
          "Sekda Tinjau Pelayanan di Kelurahan {kelurahan}, {ratusan} Warga Dilayani Sepekan",
          "Layanan Adminduk Dibuka di Kelurahan {kelurahan}, {ratusan} Dokumen Terbit Sebulan",
          "Perekaman KTP Elektronik Jemput Bola di {kelurahan} Layani {ratusan} Warga",
        ],
      },
      {
        lead: "Dewan Perwakilan Rakyat Daerah dan Pemerintah Kota Samarinda menyepakati rancangan Anggaran Pendapatan dan Belanja Daerah tahun {tahun} dalam rapat paripurna, {hari}. Sebanyak {angka} program prioritas mendapat porsi anggaran terbesar.",
        titles: [
          "{angka} Program Prioritas dan {ratusan} Kegiatan Masuk APBD {tahun}",
          "Rapat Paripurna Setujui APBD {tahun} Senilai {apbd}",
        ],
      },
      {
        lead: "Pemerintah Kota Samarinda melantik {ratusan} pejabat administrator, pengawas, dan fungsional di Balai Kota, {hari}. {pejabat}, {nama}, meminta pejabat yang dilantik segera bekerja dan menjaga disiplin.",
        titles: [
          "Pemkot Lantik {ratusan} Pejabat, {angka} di Antaranya Camat dan Lurah",
          "Lurah {kelurahan} Minta {angka} Ketua RT Aktif Mendata Warga",
        ],
      },
    ],
    sentences: [
      "Usulan yang masuk meliputi perbaikan jalan lingkungan, drainase, penerangan jalan umum, dan pemberdayaan ekonomi warga.",
      "Setiap usulan akan diverifikasi oleh Bappeda sebelum masuk dalam dokumen perencanaan daerah.",
      "Layanan kartu keluarga, KTP elektronik, dan akta kelahiran kini dapat diurus di kantor kelurahan tanpa harus ke kantor dinas.",
      "Aparatur sipil negara diminta memberikan pelayanan yang ramah dan tidak berbelit-belit.",
      "Program Pro-Bebaya memberikan dana pemberdayaan kepada setiap RT untuk kegiatan yang diusulkan warga sendiri.",
      "Serapan anggaran hingga triwulan ketiga tercatat mencapai {persen} persen.",
    ],
    quotes: [
      "Musrenbang bukan formalitas. Usulan warga harus benar-benar menjadi dasar perencanaan",
      "Pelayanan publik adalah wajah pemerintah. Jangan biarkan warga menunggu terlalu lama",
    ],
    listItems: [
      "perbaikan jalan lingkungan dan gang",
      "pembangunan dan normalisasi drainase",
      "penerangan jalan umum",
      "pelatihan keterampilan bagi pemuda",
      "penguatan posyandu dan PAUD",
    ],
    topics: [
      "Wali Kota",
      "musrenbang",
      "pelayanan publik",
      "DPRD",
      "APBD",
      "Pro-Bebaya",
      "ASN",
      "Sekda",
      "RT",
      "kependudukan",
    ],
  },
  ekonomi: {
    dinas: ["Dinas Perdagangan", "Dinas Koperasi dan UKM", "Dinas Penanaman Modal dan PTSP"],
    pejabat: ["Kepala Dinas Perdagangan Kota Samarinda", "Kepala Dinas Koperasi dan UKM", "Wali Kota Samarinda"],
    stories: [
      {
        lead: "Harga sejumlah bahan pokok di {pasar} mulai turun dalam sepekan terakhir. Tim Pengendalian Inflasi Daerah (TPID) Kota Samarinda mencatat penurunan harga {komoditas} setelah pasokan dari luar daerah kembali lancar.",
        titles: [
          "Harga {komoditas} di {pasar} Turun, TPID Tetap Pantau {angka} Komoditas",
          "Harga {komoditas} di {pasar} Stabil di Rp{harga} per Kilogram",
          "Stok Beras Aman hingga {angka} Bulan, Harga {komoditas} di {pasar} Mulai Turun",
        ],
      },
      {
        lead: "Operasi pasar murah digelar di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {hari}. Warga dapat membeli beras, minyak goreng, gula pasir, dan telur di bawah harga pasar dengan menunjukkan KTP atau kartu keluarga.",
        titles: [
          "Operasi Pasar Murah Digelar di Kelurahan {kelurahan}, {ratusan} Paket Sembako Terjual",
          "Pasar Murah Sambangi Kelurahan {kelurahan}, {ratusan} Warga Antre Sejak Pagi",
        ],
      },
      {
        lead: "{dinas} Kota Samarinda menggelar pelatihan bagi {ratusan} pelaku usaha mikro, kecil, dan menengah di Kecamatan {kecamatan}, {hari}. Peserta dibekali keterampilan pemasaran digital dan pengurusan izin usaha.",
        titles: [
          "{ratusan} Pelaku UMKM Kelurahan {kelurahan} Ikuti Pelatihan Pemasaran Digital",
          "{ratusan} Izin Usaha Terbit dalam {angka} Hari Lewat Layanan Daring",
          "{ratusan} UMKM di {kelurahan} Dibantu Urus Sertifikat Halal Gratis",
        ],
      },
      {
        lead: "Pedagang {pasar} mulai menempati los baru yang dibangun Pemerintah Kota Samarinda, {hari}. {pejabat}, {nama}, meminta pedagang menjaga kebersihan dan ketertiban pasar.",
        titles: [
          "Pedagang {pasar} Pindah ke Los Baru Mulai {bulan}, {ratusan} Kios Disiapkan",
          "Revitalisasi {pasar} Rampung, {ratusan} Pedagang Tempati {angka} Blok Los Baru",
        ],
      },
    ],
    sentences: [
      "Harga {komoditas} tercatat Rp{harga} per kilogram, turun dibanding pekan sebelumnya.",
      "Pedagang diminta tidak menahan barang dan mencantumkan harga secara jelas.",
      "Peserta pelatihan juga didampingi untuk mendapatkan sertifikat halal tanpa dipungut biaya.",
      "Produk UMKM terbaik akan dipamerkan di gerai produk lokal Balai Kota.",
      "Operasi pasar digelar bekerja sama dengan Perum Bulog dan distributor setempat.",
      "Nilai transaksi selama kegiatan mencapai {rupiah}.",
    ],
    quotes: [
      "Harga yang turun belum tentu bertahan lama, jadi pemantauan tetap kami lakukan setiap hari",
      "UMKM adalah tulang punggung ekonomi kota. Kami ingin produk mereka naik kelas",
    ],
    listItems: [
      "beras medium Rp13.500 per kilogram",
      "minyak goreng Rp15.000 per liter",
      "gula pasir Rp16.000 per kilogram",
      "telur ayam ras Rp29.000 per kilogram",
      "bawang merah Rp36.000 per kilogram",
    ],
    topics: [
      "UMKM",
      "inflasi",
      "pasar",
      "TPID",
      "pasar murah",
      "sembako",
      "investasi",
      "sertifikasi halal",
      "ekonomi kreatif",
      "koperasi",
    ],
  },
  kesehatan: {
    dinas: ["Dinas Kesehatan", "RSUD Inche Abdoel Moeis", "Dinas Pengendalian Penduduk dan KB"],
    pejabat: ["Kepala Dinas Kesehatan Kota Samarinda", "Kepala {puskesmas}", "Direktur RSUD Inche Abdoel Moeis"],
    stories: [
      {
        lead: "{dinas} Kota Samarinda mencatat {ratusan} balita di Kecamatan {kecamatan} telah menerima imunisasi dasar lengkap. Capaian ini didorong oleh jemput bola kader posyandu ke rumah-rumah warga.",
        titles: [
          "{puskesmas} Layani {ratusan} Balita, Cakupan Imunisasi Capai {persen} Persen",
          "Cakupan Imunisasi di Kelurahan {kelurahan} Capai {persen} Persen",
        ],
      },
      {
        lead: "Petugas {puskesmas} melakukan pengasapan (fogging) di lingkungan RT di Kelurahan {kelurahan}, {hari}, setelah ditemukan {angka} kasus demam berdarah dengue dalam dua pekan terakhir.",
        titles: [
          "Dinkes Gelar Fogging di Kelurahan {kelurahan} Setelah {angka} Kasus DBD",
          "{angka} Kasus DBD di Kelurahan {kelurahan}, Warga Diminta Galakkan 3M Plus",
        ],
      },
      {
        lead: "Prevalensi stunting di Kecamatan {kecamatan} turun dalam setahun terakhir. Kader posyandu di Kelurahan {kelurahan} rutin menimbang balita dan memberikan makanan tambahan bagi anak yang berisiko.",
        titles: [
          "Angka Stunting di Kelurahan {kelurahan} Turun {angka} Persen",
          "Posyandu {kelurahan} Dampingi {ratusan} Balita, Jadi Percontohan Penanganan Gizi",
          "{angka} Kader Posyandu {kelurahan} Dilatih Deteksi Dini Gizi Buruk",
        ],
      },
      {
        lead: "Sebanyak {ratusan} warga Kecamatan {kecamatan} mengikuti pemeriksaan kesehatan gratis yang digelar {dinas} bersama {puskesmas}, {hari}. Pemeriksaan meliputi tekanan darah, gula darah, dan kolesterol.",
        titles: [
          "{ratusan} Warga {kelurahan} Ikuti Pemeriksaan Kesehatan Gratis di {puskesmas}",
          "{puskesmas} Terima {angka} Ambulans Baru, Layani {ratusan} Panggilan Darurat Sebulan",
        ],
      },
    ],
    sentences: [
      "Warga diminta menerapkan gerakan 3M Plus: menguras, menutup, dan mendaur ulang barang bekas.",
      "Kader posyandu menimbang dan mengukur tinggi badan balita setiap bulan.",
      "Ibu hamil mendapat tablet tambah darah dan pemeriksaan rutin di puskesmas terdekat.",
      "Layanan kesehatan di puskesmas gratis bagi warga yang terdaftar sebagai peserta BPJS Kesehatan.",
      "Pemberian makanan tambahan diberikan kepada balita yang berisiko stunting selama 90 hari.",
      "Jumlah kasus tahun ini tercatat lebih rendah dibanding periode yang sama tahun lalu.",
    ],
    quotes: [
      "Pencegahan jauh lebih murah daripada pengobatan. Kami minta warga rutin membawa balita ke posyandu",
      "Fogging hanya membunuh nyamuk dewasa. Yang paling penting tetap pemberantasan sarang nyamuk",
    ],
    listItems: [
      "imunisasi dasar lengkap bagi bayi",
      "pemeriksaan ibu hamil",
      "penimbangan balita",
      "pemberian vitamin A",
      "penyuluhan gizi seimbang",
    ],
    topics: [
      "stunting",
      "posyandu",
      "imunisasi",
      "puskesmas",
      "DBD",
      "BPJS Kesehatan",
      "gizi",
      "RSUD",
      "kesehatan ibu dan anak",
      "ambulans",
    ],
  },
  pendidikan: {
    dinas: ["Dinas Pendidikan dan Kebudayaan", "Dinas Perpustakaan dan Kearsipan"],
    pejabat: [
      "Kepala Dinas Pendidikan dan Kebudayaan Kota Samarinda",
      "Kepala {sekolah} Samarinda",
      "Wali Kota Samarinda",
    ],
    stories: [
      {
        lead: "Pemerintah Kota Samarinda menyalurkan beasiswa kepada {ratusan} pelajar berprestasi dan dari keluarga kurang mampu. Penyerahan dilakukan secara simbolis di Balai Kota, {hari}.",
        titles: [
          "{ratusan} Siswa {kecamatan} Terima Beasiswa Pemkot Tahun {tahun}",
          "Beasiswa Pemkot Tahun {tahun} Sasar {ratusan} Mahasiswa dan {angka} Santri",
        ],
      },
      {
        lead: "{dinas} Kota Samarinda membangun {angka} ruang kelas baru di {sekolah} Samarinda, Kecamatan {kecamatan}, untuk mengurangi kelas yang selama ini belajar bergantian.",
        titles: [
          "Pemkot Bangun {angka} Ruang Kelas Baru di Kelurahan {kelurahan}",
          "Wali Kota Resmikan {angka} Ruang Kelas Baru {sekolah} Samarinda",
        ],
      },
      {
        lead: "Pendaftaran murid baru jenjang SD dan SMP negeri di Kota Samarinda dibuka mulai {bulan}. {dinas} meminta orang tua menyiapkan kartu keluarga dan akta kelahiran anak sejak jauh hari.",
        titles: [
          "Pendaftaran Murid Baru Dibuka {bulan}, {ratusan} Kursi Disiapkan di Kecamatan {kecamatan}",
          "PPDB {tahun}: {ratusan} Kursi SMP Negeri Disiapkan di {kecamatan}",
        ],
      },
      {
        lead: "Siswa {sekolah} Samarinda menjuarai lomba literasi tingkat Provinsi Kalimantan Timur. Gerakan membaca di sekolah itu sudah berjalan sejak {angka} tahun lalu dan kini ditiru sekolah lain di Kecamatan {kecamatan}.",
        titles: [
          "{sekolah} Samarinda Juara Lomba Literasi, {angka} Siswa Raih Penghargaan",
          "Perpustakaan Keliling Sambangi Kelurahan {kelurahan}, {ratusan} Buku Dipinjam Warga",
          "{ratusan} Guru di {kecamatan} Ikuti Pelatihan Kurikulum Merdeka Selama {angka} Hari",
        ],
      },
    ],
    sentences: [
      "Beasiswa diberikan untuk jenjang SD, SMP, hingga perguruan tinggi.",
      "Pendaftaran murid baru dilakukan secara daring melalui laman resmi dinas pendidikan.",
      "Sekolah diminta tidak memungut biaya apa pun dari orang tua murid selama pendaftaran.",
      "Gerakan membaca 15 menit sebelum pelajaran dimulai kini diterapkan di seluruh sekolah negeri.",
      "Guru mendapat pendampingan dalam menyusun modul ajar sesuai kurikulum.",
      "Pembangunan ruang kelas ditargetkan rampung sebelum tahun ajaran baru.",
    ],
    quotes: [
      "Tidak boleh ada anak Samarinda yang putus sekolah karena biaya",
      "Guru adalah kunci. Kami ingin mereka terus belajar dan berkembang",
    ],
    listItems: [
      "jalur zonasi",
      "jalur afirmasi bagi keluarga kurang mampu",
      "jalur perpindahan tugas orang tua",
      "jalur prestasi",
      "verifikasi berkas di sekolah tujuan",
    ],
    topics: [
      "sekolah",
      "guru",
      "beasiswa",
      "PPDB",
      "literasi",
      "kurikulum merdeka",
      "perpustakaan",
      "PAUD",
      "siswa berprestasi",
      "ruang kelas",
    ],
  },
  infrastruktur: {
    dinas: [
      "Dinas Pekerjaan Umum dan Penataan Ruang",
      "Dinas Perumahan dan Kawasan Permukiman",
      "Perumda Air Minum Tirta Kencana",
    ],
    pejabat: ["Kepala Dinas PUPR Kota Samarinda", "Wali Kota Samarinda", "Direktur Perumda Tirta Kencana"],
    stories: [
      {
        lead: "Dinas Pekerjaan Umum dan Penataan Ruang Kota Samarinda mempercepat normalisasi {sungai} di Kelurahan {kelurahan}, Kecamatan {kecamatan}. Pengerukan sedimen dan pelebaran alur sungai ditargetkan selesai sebelum puncak musim hujan.",
        titles: [
          "Normalisasi {sungai} di Kelurahan {kelurahan} Capai {persen} Persen",
          "Pengendalian Banjir {sungai} Telan {rupiah}, Target Rampung {bulan}",
          "Drainase di Kelurahan {kelurahan} Diperlebar, {angka} Titik Genangan Ditangani",
        ],
      },
      {
        lead: "Perbaikan {jalan} yang selama ini dikeluhkan pengendara rampung dikerjakan. {pejabat}, {nama}, meninjau hasil pekerjaan tersebut, {hari}.",
        titles: [
          "Perbaikan {jalan} Sepanjang {angka} Kilometer Rampung pada {bulan}",
          "Banjir Surut, Dinas PUPR Angkut {angka} Truk Sedimen dari Saluran {jalan}",
        ],
      },
      {
        lead: "Warga Kelurahan {kelurahan}, Kecamatan {kecamatan}, kini dapat menyeberang tanpa memutar jauh setelah jembatan penghubung antarkampung selesai dibangun. Jembatan sepanjang {angka} meter itu diresmikan {hari}.",
        titles: [
          "Jembatan Penghubung Sepanjang {angka} Meter Dibangun di Kelurahan {kelurahan}",
          "Jembatan Baru di {kelurahan} Pangkas Waktu Tempuh Warga hingga {angka} Menit",
        ],
      },
      {
        lead: "Sebanyak {ratusan} rumah di Kecamatan {kecamatan} kini tersambung jaringan air bersih. {pejabat}, {nama}, mengatakan perluasan jaringan akan berlanjut ke Kelurahan {kelurahan}.",
        titles: [
          "{ratusan} Rumah di Kelurahan {kelurahan} Tersambung Air Bersih",
          "Perumda Tirta Kencana Pasang Pipa {angka} Kilometer ke Kelurahan {kelurahan}",
        ],
      },
    ],
    sentences: [
      "Pekerjaan dilakukan bertahap agar arus lalu lintas tetap berjalan.",
      "Alat berat dikerahkan untuk mengangkat sedimen dan sampah yang menyumbat saluran.",
      "Lebar saluran ditambah menjadi {angka} meter agar mampu menampung debit air saat hujan deras.",
      "Warga yang bangunannya berdiri di atas saluran diminta membongkarnya secara sukarela.",
      "Sambungan air bersih diberikan dengan biaya ringan yang dapat dicicil.",
      "Nilai kontrak pekerjaan mencapai {rupiah} yang bersumber dari APBD.",
    ],
    quotes: [
      "Banjir tidak bisa diatasi dalam satu tahun, tetapi setiap tahun harus ada kemajuan yang terukur",
      "Kami minta kontraktor bekerja sesuai spesifikasi. Kalau tidak, kami putus kontraknya",
    ],
    listItems: [
      "pengerukan sedimen sungai",
      "pelebaran saluran drainase",
      "pembangunan turap",
      "perbaikan pintu air",
      "pemasangan pompa pengendali banjir",
    ],
    topics: [
      "banjir",
      "drainase",
      "jalan",
      "air bersih",
      "jembatan",
      "Sungai Karang Mumus",
      "normalisasi sungai",
      "PUPR",
      "PDAM",
      "penataan kota",
    ],
  },
  "sosial-budaya": {
    dinas: ["Dinas Sosial", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Bagian Kesejahteraan Rakyat"],
    pejabat: ["Kepala Dinas Sosial Kota Samarinda", "Wakil Wali Kota Samarinda", "Camat {kecamatan}"],
    stories: [
      {
        lead: "Dinas Sosial Kota Samarinda menyalurkan bantuan sosial kepada {ratusan} keluarga penerima manfaat di Kecamatan {kecamatan}, {hari}. Penyaluran dilakukan langsung melalui kantor kelurahan agar tepat sasaran.",
        titles: [
          "{ratusan} Keluarga di {kecamatan} Terima Bantuan Sosial Tahap {angka}",
          "Dinsos Data Ulang {ratusan} Penerima Bansos di Kelurahan {kelurahan}",
        ],
      },
      {
        lead: "Ribuan warga memadati {wisata} untuk menyaksikan festival budaya yang digelar Pemerintah Kota Samarinda, {hari} malam.",
        titles: [
          "Festival Budaya di {wisata} Tampilkan {angka} Sanggar, {ribuan} Warga Menonton",
          "{ratusan} Peserta Ikuti Pawai Ta'aruf MTQ Kecamatan {kecamatan} Tahun {tahun}",
        ],
      },
      {
        lead: "Pemerintah Kota Samarinda menyalurkan bantuan bagi {angka} keluarga korban kebakaran di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {hari}. Bantuan berupa bahan makanan, pakaian, dan perlengkapan sekolah anak.",
        titles: [
          "Pemkot Salurkan Bantuan untuk {angka} Keluarga Korban Kebakaran di {kelurahan}",
          "{ratusan} Paket Logistik Disalurkan ke Korban Kebakaran {kelurahan}",
        ],
      },
      {
        lead: "Kelurahan {kelurahan}, Kecamatan {kecamatan}, ditetapkan sebagai kampung ramah anak dan lansia. Warga menyediakan ruang bermain, posyandu lansia, dan kegiatan rutin yang melibatkan seluruh RT.",
        titles: [
          "Kampung Ramah Anak Diresmikan di {kelurahan}, {angka} RT Sediakan Ruang Bermain",
          "{ratusan} Lansia di {kelurahan} Dapat Pemeriksaan dan Paket Gizi",
        ],
      },
    ],
    sentences: [
      "Data penerima bantuan diperbarui setiap tiga bulan bersama pengurus RT.",
      "Warga yang merasa berhak namun belum terdaftar dapat melapor ke kantor kelurahan.",
      "Festival menampilkan tari, musik sape, dan kuliner khas Kalimantan Timur.",
      "Bantuan berupa beras, minyak goreng, dan perlengkapan sekolah anak.",
      "Kegiatan ini juga melibatkan sanggar seni dari {angka} kecamatan.",
      "Korban kebakaran ditampung sementara di rumah kerabat dan posko kelurahan.",
    ],
    quotes: [
      "Bantuan harus sampai kepada yang berhak. Kalau ada yang tidak tepat sasaran, laporkan",
      "Budaya adalah jati diri kota ini, dan anak muda harus ikut merawatnya",
    ],
    listItems: [
      "beras 10 kilogram",
      "minyak goreng 2 liter",
      "gula pasir 2 kilogram",
      "perlengkapan sekolah",
      "paket gizi lansia",
    ],
    topics: [
      "bansos",
      "kebudayaan",
      "MTQ",
      "lansia",
      "anak",
      "perempuan",
      "festival",
      "Pampang",
      "disabilitas",
      "kebakaran",
    ],
  },
  lingkungan: {
    dinas: ["Dinas Lingkungan Hidup", "Dinas Perumahan dan Kawasan Permukiman"],
    pejabat: ["Kepala Dinas Lingkungan Hidup Kota Samarinda", "Lurah {kelurahan}", "Wali Kota Samarinda"],
    stories: [
      {
        lead: "Bank sampah yang dikelola warga Kelurahan {kelurahan}, Kecamatan {kecamatan}, kini mampu mengolah {angka} ton sampah setiap bulan. Sampah plastik dipilah dan dijual, sementara sampah organik diolah menjadi kompos.",
        titles: [
          "Bank Sampah Kelurahan {kelurahan} Kelola {angka} Ton Sampah per Bulan",
          "Warga {kelurahan} Sulap Lahan {ratusan} Meter Persegi Jadi Taman",
        ],
      },
      {
        lead: "Ratusan warga bersama aparatur Kecamatan {kecamatan} membersihkan bantaran {sungai}, {hari} pagi. Kegiatan ini bagian dari gerakan bersih sungai yang digelar rutin setiap bulan.",
        titles: [
          "Gerakan Bersih {sungai} Libatkan {ratusan} Warga {kecamatan}",
          "{ratusan} Bibit Pohon Ditanam di Bantaran {sungai} Kelurahan {kelurahan}",
        ],
      },
      {
        lead: "{dinas} Kota Samarinda menambah {angka} armada pengangkut sampah untuk melayani Kecamatan {kecamatan}. Penambahan ini diikuti pengawasan jam buang sampah di tempat penampungan sementara.",
        titles: [
          "Mulai {bulan}, DLH Tambah {angka} Armada Pengangkut Sampah di {kecamatan}",
          "Jam Buang Sampah Diperketat, {angka} Pelanggar di {kelurahan} Ditegur",
        ],
      },
      {
        lead: "Ruang terbuka hijau baru di Kelurahan {kelurahan}, Kecamatan {kecamatan}, dibuka untuk umum {hari}. Taman seluas {angka} ribu meter persegi itu dilengkapi jalur pejalan kaki dan area bermain anak.",
        titles: [
          "RTH Seluas {angka} Ribu Meter Persegi Dibuka di Kelurahan {kelurahan}",
          "Taman di {kelurahan} Jadi Ruang Bermain {ratusan} Anak Setiap Sore",
        ],
      },
    ],
    sentences: [
      "Warga diminta membuang sampah hanya pada pukul 18.00 hingga 06.00 WITA.",
      "Hasil penjualan sampah dipakai untuk kas RT dan kegiatan warga.",
      "Bibit yang ditanam antara lain trembesi, mahoni, dan pohon buah.",
      "Petugas kebersihan mengangkut sampah dari tempat penampungan sementara setiap hari.",
      "Pelanggar aturan jam buang sampah dapat dikenai sanksi sesuai peraturan daerah.",
      "Kompos hasil olahan warga dibagikan untuk taman kelurahan.",
    ],
    quotes: [
      "Sampah bukan urusan petugas kebersihan saja. Semua dimulai dari rumah",
      "Sungai yang bersih adalah hak semua warga, dan menjaganya kewajiban kita bersama",
    ],
    listItems: [
      "sampah plastik",
      "kertas dan kardus",
      "logam dan kaleng",
      "minyak jelantah",
      "sampah organik untuk kompos",
    ],
    topics: [
      "bank sampah",
      "penghijauan",
      "sampah",
      "ruang terbuka hijau",
      "DLH",
      "bersih sungai",
      "kompos",
      "pohon",
      "kebersihan",
      "lingkungan hidup",
    ],
  },
  olahraga: {
    dinas: ["Dinas Pemuda dan Olahraga", "KONI Kota Samarinda"],
    pejabat: ["Kepala Dispora Kota Samarinda", "Ketua KONI Kota Samarinda", "Wakil Wali Kota Samarinda"],
    stories: [
      {
        lead: "Kontingen Kota Samarinda membawa pulang {angka} medali emas dari cabang {olahraga} pada Pekan Olahraga Provinsi Kalimantan Timur. Capaian ini melampaui target yang ditetapkan KONI.",
        titles: [
          "Atlet {olahraga} Samarinda Raih {angka} Medali Emas di Porprov {tahun}",
          "Pemkot Beri Bonus Rp{ratusan} Juta kepada {angka} Atlet Berprestasi",
        ],
      },
      {
        lead: "Sebanyak {angka} tim dari berbagai kelurahan ambil bagian dalam turnamen {olahraga} yang digelar {dinas} di Kecamatan {kecamatan}, {hari}.",
        titles: [
          "Turnamen {olahraga} Antarkelurahan di {kecamatan} Diikuti {angka} Tim",
          "Kejuaraan {olahraga} Pelajar {tahun} di GOR Segiri Diikuti {ratusan} Atlet",
          "Pemuda {kelurahan} Bentuk Klub {olahraga}, {angka} Anggota Berlatih Rutin",
        ],
      },
      {
        lead: "Lapangan olahraga di Kelurahan {kelurahan}, Kecamatan {kecamatan}, selesai direnovasi dan kembali dibuka untuk warga {hari}. Renovasi meliputi perbaikan rumput, tribun, dan lampu penerangan.",
        titles: [
          "Lapangan {olahraga} di Kelurahan {kelurahan} Direnovasi dengan Anggaran {rupiah}",
          "{ribuan} Warga Ikuti Senam Bersama di Hari Bebas Kendaraan {jalan}",
        ],
      },
    ],
    sentences: [
      "Pemerintah kota menyiapkan bonus bagi atlet peraih medali dan pelatihnya.",
      "Pembinaan atlet muda dilakukan melalui pusat latihan daerah.",
      "Pertandingan final disaksikan ratusan penonton.",
      "Renovasi lapangan meliputi perbaikan rumput, tribun, dan lampu penerangan.",
      "Turnamen ini sekaligus menjadi ajang pencarian bakat atlet muda.",
      "Atlet yang berprestasi akan diikutkan dalam pemusatan latihan menjelang kejuaraan nasional.",
    ],
    quotes: [
      "Prestasi ini hasil kerja keras atlet dan pelatih. Pemerintah wajib memberi penghargaan",
      "Olahraga bukan hanya soal medali, tetapi juga membangun karakter generasi muda",
    ],
    listItems: ["medali emas", "medali perak", "medali perunggu", "juara umum kelompok pelajar", "atlet terbaik"],
    topics: [
      "Porprov",
      "KONI",
      "atlet",
      "sepak bola",
      "bulu tangkis",
      "GOR Segiri",
      "car free day",
      "pencak silat",
      "turnamen",
      "Dispora",
    ],
  },
  pariwisata: {
    dinas: ["Dinas Pariwisata", "Dinas Kebudayaan"],
    pejabat: [
      "Kepala Dinas Pariwisata Kota Samarinda",
      "Wali Kota Samarinda",
      "Ketua Kelompok Sadar Wisata {kelurahan}",
    ],
    stories: [
      {
        lead: "{wisata} kembali dipadati pengunjung saat festival kuliner yang digelar Dinas Pariwisata Kota Samarinda, {hari}. Panitia mencatat {ribuan} pengunjung datang selama tiga hari pelaksanaan.",
        titles: [
          "Festival Kuliner {wisata} Tarik {ribuan} Pengunjung",
          "{angka} Pelaku Ekonomi Kreatif {kecamatan} Pamerkan Produk di {wisata}",
        ],
      },
      {
        lead: "Kelompok sadar wisata Kelurahan {kelurahan}, Kecamatan {kecamatan}, mulai mengembangkan paket wisata susur {sungai} bersama pemerintah kota.",
        titles: [
          "Pokdarwis {kelurahan} Kembangkan Wisata Susur {sungai}, {ratusan} Wisatawan Berkunjung",
          "Kampung Wisata {kelurahan} Siap Sambut {ribuan} Wisatawan pada {bulan}",
        ],
      },
      {
        lead: "Jumlah wisatawan yang berkunjung ke Samarinda terus meningkat. Dinas Pariwisata mencatat {ribuan} kunjungan pada {bulan}, sebagian besar ke {wisata}.",
        titles: [
          "Kunjungan Wisatawan ke Samarinda Capai {ribuan} Orang pada {bulan}",
          "{wisata} Ditata Ulang, Pengunjung pada {bulan} Naik {angka} Persen",
          "Pemkot Promosikan {wisata} di Pameran Pariwisata {tahun}, {ratusan} Paket Terjual",
        ],
      },
    ],
    sentences: [
      "Pengunjung dapat menikmati kuliner khas seperti amplang, nasi kuning, dan gence ruan.",
      "Festival juga menampilkan pertunjukan musik dan tari dari sanggar seni setempat.",
      "Pemerintah kota menyediakan kantong parkir dan angkutan gratis bagi pengunjung.",
      "Paket wisata ditawarkan dengan harga terjangkau bagi rombongan pelajar.",
      "Penataan kawasan meliputi jalur pejalan kaki, lampu taman, dan toilet umum.",
      "Perputaran uang selama festival diperkirakan mencapai {rupiah}.",
    ],
    quotes: [
      "Samarinda punya banyak potensi wisata yang belum dikenal. Tugas kami memperkenalkannya",
      "Wisata yang baik adalah wisata yang memberi manfaat ekonomi bagi warga sekitar",
    ],
    listItems: ["festival kuliner", "susur sungai", "pertunjukan seni", "pameran ekonomi kreatif", "lomba foto wisata"],
    topics: [
      "Tepian Mahakam",
      "festival",
      "kuliner",
      "wisata",
      "ekonomi kreatif",
      "Pokdarwis",
      "susur sungai",
      "Citra Niaga",
      "hotel",
      "wisatawan",
    ],
  },
  "keamanan-ketertiban": {
    dinas: [
      "Satuan Polisi Pamong Praja",
      "Badan Penanggulangan Bencana Daerah",
      "Dinas Pemadam Kebakaran",
      "Dinas Perhubungan",
    ],
    pejabat: [
      "Kepala Satpol PP Kota Samarinda",
      "Kepala Pelaksana BPBD Kota Samarinda",
      "Kepala Dinas Pemadam Kebakaran",
      "Kepala Dinas Perhubungan Kota Samarinda",
    ],
    stories: [
      {
        lead: "Kebakaran melanda permukiman padat di Kelurahan {kelurahan}, Kecamatan {kecamatan}, {hari} dini hari. Sebanyak {angka} unit mobil pemadam dikerahkan untuk menjinakkan api.",
        titles: [
          "Kebakaran di Kelurahan {kelurahan} Hanguskan {angka} Rumah",
          "{angka} Unit Damkar Padamkan Api di Permukiman {kelurahan}",
        ],
      },
      {
        lead: "Hujan deras sejak sore membuat sejumlah kawasan di Kecamatan {kecamatan} tergenang. Badan Penanggulangan Bencana Daerah Kota Samarinda mencatat {ratusan} rumah di Kelurahan {kelurahan} terendam air setinggi 30 hingga 80 sentimeter.",
        titles: [
          "Banjir Rendam {ratusan} Rumah di Kelurahan {kelurahan}",
          "BPBD Siagakan {angka} Posko Banjir, {ratusan} Warga {kecamatan} Mengungsi",
          "Tanah Longsor di {kelurahan}, {angka} Rumah Terancam",
        ],
      },
      {
        lead: "Satuan Polisi Pamong Praja Kota Samarinda menertibkan {angka} lapak pedagang kaki lima yang berjualan di atas trotoar {jalan}, {hari}. Penertiban dilakukan setelah pedagang diberi peringatan tiga kali.",
        titles: [
          "Satpol PP Tertibkan {angka} Lapak PKL di Trotoar {jalan} Sepanjang {ratusan} Meter",
          "Trotoar {jalan} Sepanjang {ratusan} Meter Kembali untuk Pejalan Kaki",
        ],
      },
      {
        lead: "Dinas Perhubungan Kota Samarinda menguji coba rekayasa lalu lintas di {jalan} mulai {hari}. Uji coba berlangsung {angka} hari untuk mengurai kemacetan pada jam sibuk.",
        titles: [
          "Dishub Uji Coba Rekayasa Lalu Lintas di {jalan} Selama {angka} Hari",
          "Sistem Satu Arah di {jalan} Mulai {bulan}, {angka} Petugas Disiagakan",
        ],
      },
    ],
    sentences: [
      "Tidak ada korban jiwa dalam peristiwa tersebut, namun kerugian materi ditaksir mencapai {rupiah}.",
      "Petugas mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian.",
      "Dugaan sementara, api berasal dari korsleting listrik.",
      "Warga diminta menghubungi layanan darurat 112 bila terjadi bencana.",
      "Pedagang yang ditertibkan diarahkan berjualan di lokasi yang telah disediakan.",
      "Dapur umum didirikan untuk memenuhi kebutuhan makan warga terdampak.",
    ],
    quotes: [
      "Keselamatan warga nomor satu. Kami siaga 24 jam selama musim hujan",
      "Penertiban ini bukan untuk mematikan usaha warga, tetapi menjaga ketertiban bersama",
    ],
    listItems: [
      "evakuasi warga",
      "pendirian dapur umum",
      "penyaluran logistik",
      "pemeriksaan kesehatan pengungsi",
      "pembersihan lumpur",
    ],
    topics: [
      "banjir",
      "kebakaran",
      "Satpol PP",
      "BPBD",
      "lalu lintas",
      "longsor",
      "Damkar",
      "PKL",
      "Dishub",
      "siaga bencana",
    ],
  },
};

/** Beats for categories editors added themselves, which have no words of their own. */
export const FALLBACK_CATEGORY = "pemerintahan";

/** Commodities for the {komoditas} slot. */
export const KOMODITAS = [
  "cabai rawit",
  "bawang merah",
  "bawang putih",
  "beras medium",
  "telur ayam ras",
  "minyak goreng",
  "gula pasir",
  "daging ayam",
] as const;

/** Organisations and programmes that become tags of their own. */
export const EXTRA_TAGS = [
  "Pemkot Samarinda",
  "Kalimantan Timur",
  "IKN",
  "Bappeda",
  "Inspektorat",
  "Diskominfo",
  "Disdukcapil",
  "Baznas",
  "Bulog",
  "Bank Indonesia",
  "Pertamina",
  "PLN",
  "Polresta Samarinda",
  "Kodim 0901",
  "Kejaksaan Negeri",
  "Pengadilan Agama",
  "Ramadan",
  "Idulfitri",
  "Iduladha",
  "HUT Kota Samarinda",
  "HUT RI",
  "Hari Pahlawan",
  "Hari Guru",
  "Hari Ibu",
  "Natal",
  "Tahun Baru",
  "pemilu",
  "pilkada",
  "KPU",
  "Bawaslu",
  "sensus",
  "BPS",
  "Samsat",
  "pajak daerah",
  "PBB",
  "retribusi",
] as const;
