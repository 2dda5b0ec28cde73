import { h, p, quote, ul, type DemoArticle } from "./types";

export const INFRASTRUKTUR_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Normalisasi Sungai Karang Mumus Segmen Pasar Segiri Ditargetkan Rampung Akhir Tahun",
    category: "infrastruktur",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Pengerukan sedimen, pemasangan turap, dan pelebaran alur sungai diharapkan mengurangi luapan air ke permukiman di kawasan Segiri dan sekitarnya.",
    tags: ["sungai-karang-mumus", "banjir", "drainase"],
    body: [
      p(
        "Pekerjaan normalisasi Sungai Karang Mumus di segmen Pasar Segiri ditargetkan rampung pada akhir tahun. Pekerjaan ini meliputi pengerukan sedimen, pemasangan turap beton, dan pelebaran alur sungai sepanjang sekitar 1,2 kilometer.",
      ),
      p(
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Samarinda, Ahmad Jauhari, mengatakan pendangkalan sungai menjadi salah satu penyebab utama air meluap ke permukiman saat hujan deras bersamaan dengan pasang Sungai Mahakam. Di beberapa titik, kedalaman sungai tinggal kurang dari satu meter.",
      ),
      h("Kemajuan pekerjaan"),
      p(
        "Hingga pekan ini, progres fisik telah mencapai 64 persen. Pengerukan sedimen di sisi hilir sudah selesai, sementara pemasangan turap di sisi hulu masih berlangsung. Pekerjaan dilakukan bersama Balai Wilayah Sungai Kalimantan IV dan Pemerintah Provinsi Kalimantan Timur.",
      ),
      p(
        "“Normalisasi hanya menyelesaikan sebagian masalah. Kalau warga masih membuang sampah ke sungai, dalam dua atau tiga tahun sungai akan dangkal lagi,” kata Ahmad.",
      ),
      p(
        "Pemerintah kota juga terus melakukan pendekatan kepada warga yang masih tinggal di bantaran sungai. Warga yang bersedia pindah mendapat bantuan relokasi ke rumah susun sewa dan santunan pembongkaran sesuai ketentuan.",
      ),
      p(
        "Ahmad meminta pengguna jalan di sekitar Jalan Pahlawan dan Jalan Dr. Soetomo berhati-hati karena alat berat dan truk pengangkut sedimen masih beroperasi setiap hari mulai pukul 08.00 hingga 17.00 WITA.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 105, at: "10.50", views: 2960, editor: "wicaksono" },
  },
  {
    title: "Pemkot Bangun Kolam Retensi untuk Kurangi Genangan di Kawasan Sempaja",
    category: "infrastruktur",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Kolam retensi seluas 2,4 hektare akan menampung limpasan air hujan sebelum dialirkan perlahan ke Sungai Karang Mumus, mengurangi genangan di Sempaja dan sekitarnya.",
    tags: ["banjir", "drainase", "sungai-karang-mumus"],
    body: [
      p(
        "Pemerintah Kota Samarinda mulai membangun kolam retensi seluas 2,4 hektare di Kelurahan Sempaja Selatan, Kecamatan Samarinda Utara. Kolam ini dirancang menampung limpasan air hujan dari kawasan permukiman di hulu sebelum dialirkan perlahan ke Sungai Karang Mumus.",
      ),
      p(
        "Kepala Dinas PUPR, Ahmad Jauhari, menjelaskan kawasan Sempaja dan sekitarnya kerap tergenang setinggi 30 hingga 60 sentimeter setiap kali hujan deras berlangsung lebih dari dua jam. Pembukaan lahan di daerah hulu membuat air hujan mengalir lebih cepat ke kawasan permukiman.",
      ),
      p(
        "Kolam retensi tersebut diperkirakan mampu menampung sekitar 60.000 meter kubik air. Di sekelilingnya akan dibangun jalur pejalan kaki dan ruang terbuka hijau yang dapat dimanfaatkan warga untuk berolahraga.",
      ),
      p(
        "“Prinsipnya, air hujan kita tahan dulu, baru dilepas pelan-pelan. Dengan begitu, puncak banjir di hilir bisa ditekan,” jelas Ahmad.",
      ),
      p(
        "Pembangunan kolam retensi ditargetkan selesai dalam delapan bulan. Lurah Sempaja Selatan, Hendra Saputra, mengatakan warga menyambut baik rencana ini dan siap mendukung, termasuk menjaga agar kolam tidak menjadi tempat pembuangan sampah.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 70, at: "13.35", views: 1340, editor: "yuniar" },
  },
  {
    title: "Perbaikan 27 Ruas Jalan Lingkungan Ditargetkan Selesai Sebelum Akhir Tahun",
    category: "infrastruktur",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Perbaikan jalan lingkungan tersebar di sepuluh kecamatan dan sebagian besar berasal dari usulan Musrenbang serta aduan warga melalui aplikasi Lapor Warga.",
    tags: ["jalan", "musrenbang", "pelayanan-publik"],
    body: [
      p(
        "Dinas PUPR Kota Samarinda menargetkan perbaikan 27 ruas jalan lingkungan di sepuluh kecamatan rampung sebelum akhir tahun. Sebagian besar ruas yang diperbaiki merupakan usulan Musrenbang kelurahan dan aduan warga yang masuk melalui aplikasi Lapor Warga.",
      ),
      p(
        "Kepala Dinas PUPR, Ahmad Jauhari, menuturkan perbaikan dilakukan dengan dua metode, yaitu pengaspalan ulang untuk jalan yang masih memiliki pondasi baik, dan pengecoran beton untuk jalan di kawasan yang sering tergenang.",
      ),
      p("Ruas jalan yang diperbaiki tersebar antara lain di:"),
      ul([
        "Kecamatan Samarinda Utara: enam ruas, termasuk jalan lingkungan di Lempake dan Tanah Merah;",
        "Kecamatan Sungai Pinang: lima ruas di Gunung Lingai dan Mugirejo;",
        "Kecamatan Loa Janan Ilir: empat ruas di Simpang Tiga dan Harapan Baru;",
        "Kecamatan Palaran dan Samarinda Seberang: masing-masing tiga ruas;",
        "enam ruas lainnya tersebar di Sambutan, Sungai Kunjang, Samarinda Ulu, Samarinda Ilir, dan Samarinda Kota.",
      ]),
      p(
        "Ahmad meminta warga bersabar jika akses jalan ditutup sementara selama pengecoran, yang biasanya berlangsung sekitar tujuh hari hingga beton cukup kuat untuk dilalui kendaraan.",
      ),
      p(
        "“Kami minta kontraktor memasang rambu dan menyediakan jalur darurat bagi warga. Jangan sampai warga tidak bisa keluar rumah karena jalannya dicor sekaligus,” ujar Ahmad.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 41, at: "10.10", views: 1760, editor: "marlina" },
  },
  {
    title: "Drainase Jalan D.I. Panjaitan Diperlebar, Pengendara Diminta Gunakan Jalur Alternatif",
    category: "infrastruktur",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Pelebaran saluran di Jalan D.I. Panjaitan membuat satu lajur ditutup selama dua bulan. Dishub menyiapkan rekayasa lalu lintas dan jalur alternatif.",
    tags: ["drainase", "jalan", "banjir"],
    body: [
      p(
        "Dinas PUPR Kota Samarinda mulai memperlebar saluran drainase di Jalan D.I. Panjaitan sepanjang sekitar 800 meter. Selama pekerjaan berlangsung, satu lajur jalan di sisi kiri arah Sempaja ditutup dan arus kendaraan diatur bergantian.",
      ),
      p(
        "Kepala Dinas PUPR, Ahmad Jauhari, menjelaskan saluran lama berukuran 80 sentimeter tidak lagi mampu menampung air dari kawasan permukiman di sekitarnya. Saluran tersebut akan diganti dengan box culvert berukuran 2 x 1,5 meter agar air lebih cepat mengalir ke Sungai Karang Mumus.",
      ),
      h("Jalur alternatif"),
      p(
        "Dinas Perhubungan telah memasang rambu dan menempatkan petugas di titik rawan kemacetan. Pengendara yang tidak memiliki keperluan di kawasan tersebut disarankan menggunakan jalur alternatif berikut:",
      ),
      ul([
        "dari arah pusat kota menuju Sempaja melalui Jalan M. Yamin dan Jalan Wahid Hasyim;",
        "dari arah Sempaja menuju pusat kota melalui Jalan Pramuka dan Jalan Juanda;",
        "kendaraan berat diarahkan melalui Jalan Ir. H. Juanda dan Jalan Antasari.",
      ]),
      p(
        "Pekerjaan dijadwalkan berlangsung selama dua bulan. Pada jam sibuk pagi dan sore, penggalian dihentikan sementara agar lalu lintas tetap mengalir.",
      ),
      quote(
        "Kami mohon maaf atas ketidaknyamanannya. Setelah saluran ini selesai, genangan yang biasa terjadi di depan deretan ruko itu akan jauh berkurang.",
        "Ahmad Jauhari, Kepala Dinas PUPR Kota Samarinda",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 22, at: "07.45", views: 3280, editor: "wicaksono" },
  },
  {
    title: "Pipa Transmisi Baru Tambah Pasokan Air Bersih untuk 6.000 Rumah di Palaran",
    category: "infrastruktur",
    writer: "fadli",
    dateline: "Palaran",
    excerpt:
      "Pipa transmisi sepanjang 7,5 kilometer dari instalasi pengolahan air kini mengalirkan air bersih 24 jam ke permukiman di Rawa Makmur, Bukuan, dan Simpang Pasir.",
    tags: ["air-bersih", "pelayanan-publik"],
    body: [
      p(
        "Sekitar 6.000 rumah di Kecamatan Palaran kini menikmati aliran air bersih selama 24 jam setelah pipa transmisi baru sepanjang 7,5 kilometer mulai dioperasikan. Sebelumnya, warga di Kelurahan Rawa Makmur, Bukuan, dan Simpang Pasir hanya mendapat aliran air pada malam hari.",
      ),
      p(
        "Direktur Utama Perumdam Tirta Kencana, Sugiarto, mengatakan pipa baru berdiameter 400 milimeter itu menghubungkan instalasi pengolahan air dengan reservoir di Palaran. Tekanan air di ujung jaringan kini jauh lebih stabil.",
      ),
      p(
        "Selain memperbaiki pasokan bagi pelanggan lama, jaringan baru membuka kesempatan pemasangan sambungan rumah bagi sekitar 1.500 calon pelanggan. Warga berpenghasilan rendah dapat mengajukan sambungan dengan biaya yang disubsidi pemerintah kota.",
      ),
      quote(
        "Dulu saya harus menampung air tengah malam. Sekarang keran menyala sejak pagi, anak-anak bisa mandi sebelum sekolah.",
        "Rusmini, warga Kelurahan Rawa Makmur",
      ),
      p(
        "Sugiarto meminta warga segera melapor jika menemukan pipa bocor atau sambungan liar, karena kebocoran di satu titik dapat menurunkan tekanan air bagi ratusan pelanggan lainnya.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 31, at: "12.20", views: 1120, editor: "yuniar" },
  },
  {
    title: "Jembatan Penghubung Dua Kelurahan di Sungai Kunjang Mulai Dibangun",
    category: "infrastruktur",
    writer: "prabawati",
    dateline: "Sungai Kunjang",
    excerpt:
      "Jembatan beton sepanjang 45 meter menggantikan jembatan kayu yang sudah lapuk dan memangkas jarak tempuh warga Loa Bakung dan Karang Asam menuju sekolah dan pasar.",
    tags: ["jalan", "wali-kota"],
    body: [
      p(
        "Pembangunan jembatan penghubung Kelurahan Loa Bakung dan Kelurahan Karang Asam Ilir di Kecamatan Sungai Kunjang resmi dimulai dengan peletakan batu pertama oleh Wali Kota. Jembatan beton sepanjang 45 meter dan selebar tujuh meter ini menggantikan jembatan kayu yang sudah lapuk.",
      ),
      p(
        "Selama ini warga harus memutar sekitar empat kilometer ketika jembatan kayu ditutup karena dinilai tidak aman. Jembatan baru akan dapat dilalui kendaraan roda empat, sehingga memperlancar akses warga ke sekolah, puskesmas, dan pasar.",
      ),
      quote(
        "Jembatan ini permintaan warga sejak bertahun-tahun lalu dan selalu muncul di Musrenbang. Sekarang kita wujudkan, dan saya minta dikerjakan dengan benar.",
        "Wali Kota Samarinda",
      ),
      p(
        "Kepala Dinas PUPR, Ahmad Jauhari, menyebutkan konstruksi ditargetkan selesai dalam tujuh bulan. Selama pembangunan, jembatan darurat untuk pejalan kaki dan sepeda motor disediakan di sisi hilir.",
      ),
      p(
        "Camat Sungai Kunjang, Ahmad Ridwan, mengajak warga ikut menjaga keamanan material di lokasi pekerjaan dan melaporkan kepada kelurahan bila menemukan hal yang mengganggu kelancaran pembangunan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 1, at: "11.50", views: 260, editor: "marlina" },
  },
];
