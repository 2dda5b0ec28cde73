import { h, ol, p, quote, ul, type DemoArticle } from "./types";

export const OLAHRAGA_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Kontingen Samarinda Juara Umum Porprov, Wali Kota Siapkan Bonus untuk Atlet",
    category: "olahraga",
    writer: "fadli",
    dateline: "Tenggarong",
    excerpt:
      "Kontingen Kota Samarinda mengoleksi 98 medali emas dan mengukuhkan diri sebagai juara umum Pekan Olahraga Provinsi Kalimantan Timur.",
    tags: ["porprov", "wali-kota"],
    body: [
      p(
        "Kontingen Kota Samarinda memastikan gelar juara umum Pekan Olahraga Provinsi (Porprov) Kalimantan Timur dengan raihan 98 medali emas, 81 perak, dan 76 perunggu. Kepastian itu diperoleh setelah seluruh cabang olahraga menyelesaikan pertandingan pada hari terakhir.",
      ),
      p(
        "Cabang olahraga akuatik, atletik, dan pencak silat menjadi penyumbang emas terbanyak. Sejumlah atlet muda juga mencatat rekor baru Porprov, di antaranya di nomor renang gaya bebas dan lari gawang putri.",
      ),
      p(
        "“Ini hasil kerja keras atlet, pelatih, dan orang tua yang sabar mendampingi latihan bertahun-tahun. Pemerintah kota sudah menyiapkan bonus, dan saya pastikan diserahkan tepat waktu,” kata Wali Kota Samarinda.",
      ),
      p(
        "Kepala Dinas Pemuda dan Olahraga (Dispora) Kota Samarinda, Fajar Nugraha, mengatakan keberhasilan ini menjadi modal untuk menyiapkan atlet menuju kejuaraan tingkat nasional. Atlet peraih medali emas akan masuk program pembinaan berjenjang dengan pendampingan pelatih berlisensi.",
      ),
      p(
        "Kontingen dijadwalkan tiba kembali di Samarinda dan akan disambut dengan arak-arakan dari Tepian Mahakam menuju Balai Kota. Warga diajak menyambut para atlet di sepanjang rute.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 92, at: "18.20", views: 4560, editor: "marlina" },
  },
  {
    title: "Bonus Porprov Diserahkan kepada 214 Atlet dan Pelatih Peraih Medali",
    category: "olahraga",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Peraih medali emas menerima Rp25 juta, perak Rp15 juta, dan perunggu Rp10 juta. Bonus ditransfer langsung ke rekening atlet tanpa potongan.",
    tags: ["porprov", "wali-kota"],
    body: [
      p(
        "Pemerintah Kota Samarinda menyerahkan bonus kepada 214 atlet dan pelatih peraih medali pada Pekan Olahraga Provinsi Kalimantan Timur. Penyerahan dilakukan dalam acara syukuran di Gedung Olahraga Segiri yang dihadiri para atlet beserta keluarganya.",
      ),
      h("Besaran bonus"),
      ul([
        "medali emas perorangan: Rp25 juta;",
        "medali perak perorangan: Rp15 juta;",
        "medali perunggu perorangan: Rp10 juta;",
        "nomor beregu menerima bonus sesuai jumlah anggota tim, dan pelatih menerima separuh dari bonus atlet asuhannya.",
      ]),
      p(
        "Kepala Dispora, Fajar Nugraha, menegaskan seluruh bonus ditransfer langsung ke rekening atlet dan pelatih tanpa potongan. Bagi atlet yang masih di bawah umur, bonus disalurkan ke rekening atas nama atlet yang didampingi orang tua.",
      ),
      quote(
        "Saya akan menabung sebagian untuk kuliah dan sebagian untuk membeli perlengkapan latihan. Target saya berikutnya tingkat nasional.",
        "Anisa Rahmawati, peraih dua medali emas cabang renang",
      ),
      p(
        "Wali Kota berpesan agar atlet menggunakan bonus dengan bijak dan tetap menjaga prestasi akademik. Pemerintah kota juga memberikan kesempatan beasiswa pendidikan bagi atlet berprestasi yang memenuhi syarat.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 64, at: "11.40", views: 2380, editor: "yuniar" },
  },
  {
    title: "Lapangan Futsal dan Voli Gratis Dibuka di Lima Kecamatan",
    category: "olahraga",
    writer: "aisyah",
    dateline: "Sambutan",
    excerpt:
      "Lapangan olahraga publik dapat dipakai gratis dengan pemesanan jadwal melalui kelurahan. Pengelolaan diserahkan kepada karang taruna setempat.",
    tags: ["pelayanan-publik"],
    body: [
      p(
        "Lima lapangan olahraga publik yang terdiri atas lapangan futsal dan bola voli kini dapat digunakan warga secara gratis. Lapangan tersebut berada di Kecamatan Sambutan, Sungai Pinang, Palaran, Samarinda Seberang, dan Samarinda Utara.",
      ),
      p(
        "Kepala Dispora, Fajar Nugraha, menuturkan pembangunan lapangan publik ini dimaksudkan untuk menyediakan ruang kegiatan positif bagi remaja dan pemuda, terutama pada sore dan malam hari.",
      ),
      p("Ketentuan penggunaan lapangan:"),
      ol([
        "pemesanan jadwal dilakukan melalui kantor kelurahan atau pengurus karang taruna;",
        "satu kelompok dapat memakai lapangan paling lama dua jam per hari;",
        "lapangan dibuka pukul 07.00 hingga 22.00 WITA;",
        "pengguna wajib menjaga kebersihan dan tidak merokok di area lapangan.",
      ]),
      quote(
        "Daripada anak-anak nongkrong di jalan, lebih baik berkeringat di lapangan. Kami dari karang taruna siap menjaga dan merawatnya.",
        "Rizky Pratama, Ketua Karang Taruna Kelurahan Sungai Kapih",
      ),
      p(
        "Pengelolaan harian lapangan diserahkan kepada karang taruna setempat, sementara perawatan berat tetap menjadi tanggung jawab Dispora.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 29, at: "15.55", views: 560, editor: "wicaksono" },
  },
  {
    title: "Samarinda Fun Run Sepuluh Kilometer Diikuti Tiga Ribu Pelari",
    category: "olahraga",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Rute lari menyusuri Tepian Mahakam dan pusat kota. Panitia menyiapkan pos minum setiap dua kilometer dan tim medis di sepanjang rute.",
    tags: ["tepian-mahakam", "umkm"],
    body: [
      p(
        "Sekitar 3.000 pelari dari berbagai daerah di Kalimantan Timur mengikuti Samarinda Fun Run yang mengambil start dan finis di kawasan Tepian Mahakam. Peserta dapat memilih kategori lima kilometer atau sepuluh kilometer.",
      ),
      p(
        "Rute lari menyusuri tepian Sungai Mahakam, Jalan Gajah Mada, dan kawasan pusat kota. Panitia menyiapkan pos minum setiap dua kilometer, tim medis di sepanjang rute, serta petugas pengatur lalu lintas di setiap persimpangan.",
      ),
      p(
        "Kepala Dispora, Fajar Nugraha, menyebutkan ajang lari ini bukan hanya kegiatan olahraga, tetapi juga upaya menggerakkan ekonomi lokal. Puluhan pelaku UMKM membuka lapak makanan dan minuman di area finis.",
      ),
      quote(
        "Pemandangan sungainya luar biasa, apalagi pagi hari. Tahun depan saya ajak teman-teman komunitas lari dari Balikpapan.",
        "Dedi Kurniawan, peserta kategori sepuluh kilometer",
      ),
      p(
        "Selama kegiatan berlangsung, sejumlah ruas jalan ditutup sementara mulai pukul 05.00 hingga 09.00 WITA. Pemerintah kota menyampaikan terima kasih atas pengertian warga dan pengguna jalan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 8, at: "10.30", views: 1290, editor: "marlina" },
  },
];
