import { h, ol, p, quote, ul, type DemoArticle } from "./types";

export const PENDIDIKAN_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Tiga Puluh Dua Ruang Kelas SD dan SMP Direhabilitasi Tahun Ini",
    category: "pendidikan",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Rehabilitasi menyasar ruang kelas dengan atap bocor, lantai rusak, dan plafon lapuk. Kegiatan belajar dipindah sementara ke ruang lain selama pengerjaan.",
    tags: ["sekolah"],
    body: [
      p(
        "Dinas Pendidikan dan Kebudayaan (Disdikbud) Kota Samarinda merehabilitasi 32 ruang kelas di 14 sekolah dasar dan sekolah menengah pertama negeri tahun ini. Rehabilitasi menyasar ruang kelas yang kondisinya rusak sedang hingga berat berdasarkan hasil pendataan sarana prasarana sekolah.",
      ),
      p(
        "Kepala Disdikbud, Sutrisno Wibowo, mengatakan kerusakan yang paling banyak ditemukan adalah atap bocor, plafon lapuk, dan lantai yang retak akibat penurunan tanah. Sebagian sekolah berada di kawasan rawan genangan sehingga lantainya juga ditinggikan.",
      ),
      p(
        "Selama pengerjaan, kegiatan belajar dipindahkan sementara ke perpustakaan, laboratorium, atau ruang guru. Sekolah dengan keterbatasan ruang memberlakukan jadwal masuk pagi dan siang untuk sementara waktu.",
      ),
      p(
        "“Anak-anak tidak boleh belajar di bawah plafon yang sewaktu-waktu bisa runtuh. Sekolah yang belum masuk daftar tahun ini sudah kami usulkan untuk tahun depan,” kata Sutrisno.",
      ),
      p(
        "Sutrisno meminta kepala sekolah dan komite sekolah ikut mengawasi pekerjaan di lapangan. Temuan pekerjaan yang tidak sesuai spesifikasi dapat dilaporkan langsung kepada dinas atau melalui kanal pengaduan pemerintah kota.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 89, at: "10.30", views: 870, editor: "yuniar" },
  },
  {
    title: "Beasiswa Kuliah Pemkot Dibuka untuk 500 Mahasiswa, Ini Syarat dan Jadwalnya",
    category: "pendidikan",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Beasiswa bantuan biaya kuliah dibuka bagi mahasiswa ber-KTP Samarinda, dengan kuota khusus untuk mahasiswa dari keluarga kurang mampu dan penyandang disabilitas.",
    tags: ["beasiswa"],
    body: [
      p(
        "Pemerintah Kota Samarinda membuka pendaftaran beasiswa bantuan biaya kuliah bagi 500 mahasiswa. Beasiswa diberikan dalam bentuk bantuan uang kuliah tunggal dan biaya hidup yang disalurkan langsung ke rekening penerima setiap semester.",
      ),
      p(
        "Kepala Disdikbud Kota Samarinda, Sutrisno Wibowo, menjelaskan bahwa 40 persen kuota diperuntukkan bagi mahasiswa dari keluarga kurang mampu yang terdaftar dalam data terpadu kesejahteraan sosial, dan lima persen bagi mahasiswa penyandang disabilitas.",
      ),
      h("Syarat pendaftaran"),
      ul([
        "memiliki KTP dan kartu keluarga Kota Samarinda paling singkat dua tahun;",
        "terdaftar sebagai mahasiswa aktif program diploma atau sarjana;",
        "indeks prestasi kumulatif minimal 3,00, atau 2,75 untuk jalur keluarga kurang mampu;",
        "tidak sedang menerima beasiswa lain yang dibiayai APBN maupun APBD.",
      ]),
      h("Tahapan seleksi"),
      ol([
        "pendaftaran dan unggah berkas secara daring selama tiga pekan;",
        "verifikasi administrasi oleh tim seleksi;",
        "wawancara bagi pendaftar yang lolos administrasi;",
        "pengumuman penerima melalui laman resmi pemerintah kota.",
      ]),
      p(
        "Sutrisno mengingatkan bahwa seluruh proses pendaftaran tidak dipungut biaya. Pendaftar diminta mewaspadai pihak yang mengaku dapat meloloskan peserta dengan imbalan uang.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 61, at: "09.00", views: 4870, editor: "wicaksono" },
  },
  {
    title: "Insentif Guru Honorer Cair, Langsung Ditransfer ke Rekening Masing-masing",
    category: "pendidikan",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Sebanyak 1.860 guru honorer dan tenaga kependidikan non-ASN menerima insentif triwulan. Penyaluran nontunai dilakukan untuk menghindari potongan.",
    tags: ["guru", "sekolah"],
    body: [
      p(
        "Pemerintah Kota Samarinda mencairkan insentif triwulan bagi 1.860 guru honorer dan tenaga kependidikan non-aparatur sipil negara di sekolah negeri jenjang TK, SD, dan SMP. Insentif ditransfer langsung ke rekening masing-masing penerima.",
      ),
      p(
        "Kepala Disdikbud, Sutrisno Wibowo, menuturkan penyaluran secara nontunai dilakukan agar insentif diterima utuh tanpa potongan apa pun. Penerima yang belum memiliki rekening dibantu membuka rekening secara kolektif melalui sekolah.",
      ),
      quote(
        "Guru honorer memikul beban mengajar yang sama. Insentif ini belum sebanding dengan pengabdian mereka, tetapi kami pastikan diterima tepat waktu dan tanpa potongan.",
        "Sutrisno Wibowo, Kepala Disdikbud Kota Samarinda",
      ),
      p(
        "Salah seorang penerima, Nurhayati, guru kelas di sebuah SD negeri di Kecamatan Samarinda Utara, mengaku lega insentif cair sebelum akhir triwulan. Menurutnya, kepastian jadwal pencairan membantu guru honorer mengatur kebutuhan keluarga.",
      ),
      p(
        "Guru honorer yang belum menerima insentif diminta memeriksa kelengkapan data di Data Pokok Pendidikan melalui operator sekolah, lalu melapor ke Disdikbud jika datanya sudah benar namun insentif belum masuk.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 35, at: "15.15", views: 2650, editor: "marlina" },
  },
  {
    title: "Gerakan Literasi Sekolah: Pojok Baca Hadir di 120 Sekolah Dasar",
    category: "pendidikan",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Setiap sekolah menerima rak dan 300 judul buku cerita anak, termasuk cerita rakyat Kalimantan Timur. Siswa membaca 15 menit sebelum pelajaran dimulai.",
    tags: ["sekolah", "guru"],
    body: [
      p(
        "Sebanyak 120 sekolah dasar di Kota Samarinda kini memiliki pojok baca di setiap ruang kelas. Program ini merupakan bagian dari Gerakan Literasi Sekolah yang dijalankan Disdikbud bersama Dinas Perpustakaan dan Kearsipan.",
      ),
      p(
        "Setiap sekolah menerima rak buku dan sekitar 300 judul buku cerita anak bergambar, termasuk kumpulan cerita rakyat Kalimantan Timur. Siswa diajak membaca selama 15 menit sebelum pelajaran pertama dimulai, lalu menceritakan kembali isi bacaannya secara bergiliran.",
      ),
      p(
        "Kepala Disdikbud, Sutrisno Wibowo, menyebutkan kebiasaan membaca perlu dibangun sejak kelas awal. Hasil asesmen menunjukkan kemampuan literasi siswa di sejumlah sekolah masih di bawah rata-rata, terutama dalam memahami isi bacaan.",
      ),
      p(
        "“Anak yang suka membaca akan lebih mudah belajar pelajaran apa pun. Buku harus ada di dekat mereka, bukan terkunci di lemari perpustakaan,” ujar Sutrisno.",
      ),
      p(
        "Disdikbud juga menggelar pelatihan bagi guru kelas tentang cara memandu kegiatan membaca yang menyenangkan. Orang tua diharapkan ikut membiasakan anak membaca di rumah, misalnya dengan membacakan cerita sebelum tidur.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 13, at: "11.00", views: 520, editor: "yuniar" },
  },
  {
    title: "Sekolah di Kawasan Rawan Banjir Siapkan Rencana Belajar Darurat",
    category: "pendidikan",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Sebanyak 23 sekolah yang kerap tergenang diminta menyiapkan jalur evakuasi, tempat aman untuk buku dan perangkat, serta pembelajaran jarak jauh saat banjir.",
    tags: ["sekolah", "banjir"],
    body: [
      p(
        "Disdikbud Kota Samarinda meminta 23 sekolah yang berada di kawasan rawan banjir menyiapkan rencana belajar darurat selama musim hujan. Sekolah-sekolah tersebut sebagian besar berada di sekitar aliran Sungai Karang Mumus dan anak-anak sungainya.",
      ),
      p(
        "Rencana darurat itu mencakup jalur evakuasi siswa, tempat penyimpanan buku dan perangkat komputer di lantai yang lebih tinggi, serta skema pembelajaran jarak jauh apabila sekolah tergenang lebih dari satu hari.",
      ),
      p(
        "Kepala Disdikbud, Sutrisno Wibowo, menegaskan kepala sekolah berwenang memulangkan siswa lebih awal atau meliburkan sekolah ketika air mulai naik, dengan memberi tahu orang tua dan melaporkannya kepada dinas.",
      ),
      p("“Keselamatan siswa nomor satu. Jangan menunggu air masuk kelas baru mengambil keputusan,” tegas Sutrisno."),
      p(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kota Samarinda juga dijadwalkan memberikan pelatihan simulasi evakuasi banjir kepada guru dan siswa di sekolah-sekolah tersebut dalam beberapa pekan ke depan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 4, at: "14.25", views: 690, editor: "wicaksono" },
  },
];
