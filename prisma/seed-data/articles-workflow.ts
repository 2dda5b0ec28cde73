import { p, ul, type DemoArticle } from "./types";

/**
 * Articles that are not (or no longer) public, so the dashboard has something in each
 * column: drafts, one returned by an editor, the review queue, one scheduled, one archived.
 */
export const WORKFLOW_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Rencana Gedung Parkir Bertingkat di Kawasan Pasar Pagi",
    category: "infrastruktur",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt: "Pemkot mengkaji pembangunan gedung parkir empat lantai untuk mengurai kemacetan di sekitar Pasar Pagi.",
    tags: ["pasar", "jalan"],
    body: [
      p(
        "Pemerintah Kota Samarinda tengah mengkaji rencana pembangunan gedung parkir bertingkat di kawasan Pasar Pagi. Gedung parkir empat lantai itu diharapkan dapat menampung sekitar 400 sepeda motor dan 150 mobil sehingga kendaraan tidak lagi parkir di badan jalan.",
      ),
      p(
        "Kepala Dinas Perhubungan, Teguh Wiranata, mengatakan kajian kelayakan ditargetkan selesai tahun depan, termasuk skema pembiayaan melalui kerja sama dengan badan usaha.",
      ),
      p("[Menunggu data jumlah kendaraan harian dari Dishub dan tanggapan paguyuban pedagang.]"),
    ],
    timing: { status: "DRAFT", daysAgo: 2, at: "10.20" },
  },
  {
    title: "Posyandu Remaja Dibentuk di Setiap Kelurahan",
    category: "kesehatan",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Posyandu remaja menjadi tempat pemeriksaan anemia, konseling gizi, dan edukasi kesehatan reproduksi bagi remaja usia 10–18 tahun.",
    tags: ["posyandu", "stunting"],
    body: [
      p(
        "Dinas Kesehatan Kota Samarinda mendorong pembentukan posyandu remaja di setiap kelurahan. Posyandu remaja menjadi tempat pemeriksaan tinggi dan berat badan, skrining anemia, konseling gizi, serta edukasi kesehatan reproduksi bagi remaja berusia 10 hingga 18 tahun.",
      ),
      p(
        "Menurut Dinas Kesehatan, remaja putri yang mengalami anemia berisiko melahirkan bayi dengan berat badan rendah kelak, sehingga pencegahan stunting perlu dimulai jauh sebelum masa kehamilan.",
      ),
      p("Kegiatan posyandu remaja dikelola oleh kader remaja yang dilatih puskesmas."),
    ],
    timing: {
      status: "DRAFT",
      daysAgo: 5,
      at: "13.15",
      reviewNote:
        "Mohon dilengkapi: jumlah posyandu remaja yang sudah terbentuk per kecamatan, target tahun depan, dan kutipan langsung dari Kepala Dinas Kesehatan. Paragraf terakhir terlalu pendek, tambahkan jadwal kegiatan dan cara remaja bergabung. Judul bisa lebih spesifik. — ty",
    },
  },
  {
    title: "Persiapan Peringatan Hari Jadi Kota",
    category: "sosial-budaya",
    writer: "rina",
    dateline: "Samarinda",
    excerpt: "",
    tags: ["festival"],
    body: [
      p("Rapat persiapan peringatan hari jadi kota dipimpin Sekretaris Daerah. Catatan sementara:"),
      ul([
        "rangkaian acara: upacara, sidang paripurna istimewa DPRD, pawai budaya, pasar rakyat;",
        "konfirmasi jadwal pawai ke Disbudpar;",
        "minta daftar penerima penghargaan dari Bagian Umum.",
      ]),
    ],
    timing: { status: "DRAFT", daysAgo: 1, at: "16.30" },
  },
  {
    title: "Pemkot Uji Coba Bus Sekolah Gratis di Dua Rute",
    category: "pendidikan",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Dua bus sekolah gratis melayani rute Palaran–pusat kota dan Sambutan–Sungai Pinang pada pagi dan siang hari selama masa uji coba tiga bulan.",
    tags: ["sekolah", "pelayanan-publik"],
    body: [
      p(
        "Pemerintah Kota Samarinda mulai menguji coba layanan bus sekolah gratis di dua rute, yaitu Palaran menuju pusat kota dan Sambutan menuju Sungai Pinang. Setiap bus berkapasitas 40 penumpang dan beroperasi pada pagi serta siang hari mengikuti jam masuk dan pulang sekolah.",
      ),
      p(
        "Kepala Dinas Perhubungan, Teguh Wiranata, menuturkan uji coba berlangsung selama tiga bulan. Hasilnya akan menjadi dasar penambahan armada dan rute pada tahun anggaran berikutnya.",
      ),
      p(
        "Siswa SD dan SMP cukup menunjukkan kartu pelajar atau mengenakan seragam sekolah untuk naik bus. Setiap bus didampingi satu petugas yang memastikan siswa naik dan turun dengan aman.",
      ),
      p(
        "“Banyak orang tua di Palaran yang harus mengantar anak sebelum berangkat kerja. Bus ini meringankan beban mereka dan mengurangi sepeda motor yang dikendarai anak di bawah umur,” kata Teguh.",
      ),
      p("Jadwal keberangkatan dan titik penjemputan diumumkan melalui sekolah dan kantor kelurahan di sepanjang rute."),
    ],
    timing: { status: "IN_REVIEW", daysAgo: 1, at: "09.30" },
  },
  {
    title: "Ketua RT di Bantaran Sungai Dilatih Tanggap Darurat Banjir",
    category: "keamanan-ketertiban",
    writer: "prabawati",
    dateline: "Samarinda Ulu",
    excerpt:
      "Sebanyak 150 ketua RT dari kelurahan di sepanjang Sungai Karang Mumus dilatih memetakan warga rentan, menyusun jalur evakuasi, dan menyebarkan peringatan dini.",
    tags: ["banjir", "sungai-karang-mumus"],
    body: [
      p(
        "Sebanyak 150 ketua RT dari kelurahan yang berada di sepanjang Sungai Karang Mumus mengikuti pelatihan tanggap darurat banjir yang digelar BPBD Kota Samarinda. Pelatihan berlangsung dua hari di Kantor Kecamatan Samarinda Ulu.",
      ),
      p(
        "Peserta dilatih memetakan warga rentan di lingkungannya, menyusun jalur evakuasi dan titik kumpul, serta meneruskan peringatan dini dari BPBD melalui grup percakapan warga.",
      ),
      p(
        "Kepala BPBD, Syahrir Lamba, mengatakan ketua RT adalah orang pertama yang dicari warga ketika air mulai naik. Karena itu, mereka perlu memahami langkah-langkah yang harus diambil sebelum petugas tiba.",
      ),
      p(
        "Setiap RT peserta juga menerima perlengkapan dasar berupa pengeras suara, senter, pelampung, dan kotak pertolongan pertama.",
      ),
    ],
    timing: { status: "IN_REVIEW", daysAgo: 0, at: "08.10" },
  },
  {
    title: "Pasar Murah Akhir Tahun Digelar di Enam Titik",
    category: "ekonomi",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Beras, minyak goreng, gula, tepung terigu, dan telur dijual di bawah harga pasar di enam titik untuk menjaga daya beli warga menjelang libur akhir tahun.",
    tags: ["pasar", "inflasi"],
    body: [
      p(
        "Pemerintah Kota Samarinda kembali menggelar pasar murah menjelang libur akhir tahun. Pasar murah berlangsung di enam titik, yaitu halaman kantor Kecamatan Palaran, Sambutan, Samarinda Seberang, Sungai Kunjang, Samarinda Utara, dan Loa Janan Ilir.",
      ),
      p(
        "Komoditas yang dijual meliputi beras medium, minyak goreng, gula pasir, tepung terigu, dan telur ayam dengan harga dua hingga tiga ribu rupiah lebih murah dibanding harga rata-rata pasar.",
      ),
      p(
        "Kepala Dinas Perdagangan, Irwan Syahputra, mengatakan pasar murah digelar karena permintaan bahan pokok biasanya meningkat menjelang akhir tahun. Setiap warga dapat membeli dengan menunjukkan KTP atau kartu keluarga, dengan batas pembelian per orang.",
      ),
      p(
        "“Kami sudah berkoordinasi dengan Bulog dan distributor. Stok aman, jadi warga tidak perlu memborong,” ujar Irwan.",
      ),
      p("Pasar murah dibuka pukul 08.00 WITA hingga persediaan habis."),
    ],
    timing: { status: "SCHEDULED", daysAhead: 3, at: "07.00", editor: "wicaksono" },
  },
  {
    title: "Jalan Slamet Riyadi Ditutup Sementara Selama Pengecoran Malam Hari",
    category: "infrastruktur",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Penutupan berlaku pukul 22.00 hingga 05.00 WITA selama dua pekan. Kendaraan dialihkan melalui Jalan Untung Suropati dan Jalan Ir. H. Juanda.",
    tags: ["jalan"],
    body: [
      p(
        "Dinas PUPR Kota Samarinda menutup sementara satu lajur Jalan Slamet Riyadi pada malam hari selama pengecoran perkerasan jalan. Penutupan berlaku setiap hari pukul 22.00 hingga 05.00 WITA selama dua pekan.",
      ),
      p(
        "Selama penutupan, kendaraan dari arah Jalan Gajah Mada dialihkan melalui Jalan Untung Suropati dan Jalan Ir. H. Juanda. Petugas Dinas Perhubungan dan kepolisian berjaga di titik pengalihan.",
      ),
      p(
        "Pengecoran dilakukan pada malam hari agar tidak mengganggu arus lalu lintas pada jam sibuk. Pengguna jalan diminta mematuhi rambu dan arahan petugas serta mengurangi kecepatan di sekitar lokasi pekerjaan.",
      ),
    ],
    timing: { status: "ARCHIVED", daysAgo: 100, at: "15.00", views: 1460, editor: "marlina", archivedAfterDays: 16 },
  },
];
