import { h, p, quote, ul, type DemoArticle } from "./types";

export const EKONOMI_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Harga Cabai dan Bawang Merah Turun, Tim Pengendali Inflasi Daerah Tetap Pantau Pasar",
    category: "ekonomi",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Pasokan dari Sulawesi dan Jawa Timur kembali lancar sehingga harga cabai rawit dan bawang merah di pasar tradisional turun. TPID tetap memantau harga setiap hari.",
    tags: ["inflasi", "pasar"],
    body: [
      p(
        "Harga cabai rawit dan bawang merah di sejumlah pasar tradisional Kota Samarinda mulai turun dalam sepekan terakhir. Penurunan ini terjadi setelah pasokan dari Sulawesi Selatan dan Jawa Timur kembali lancar menyusul membaiknya cuaca di jalur pelayaran.",
      ),
      p(
        "Berdasarkan pemantauan Tim Pengendalian Inflasi Daerah (TPID) di Pasar Segiri, Pasar Pagi, dan Pasar Merdeka, harga rata-rata sejumlah komoditas tercatat sebagai berikut:",
      ),
      ul([
        "cabai rawit: Rp58.000 per kilogram, turun dari Rp75.000;",
        "bawang merah: Rp36.000 per kilogram, turun dari Rp42.000;",
        "bawang putih: Rp38.000 per kilogram, relatif stabil;",
        "beras medium: Rp13.500 per kilogram, stabil;",
        "telur ayam ras: Rp29.000 per kilogram, naik tipis dari Rp28.000.",
      ]),
      p(
        "Kepala Dinas Perdagangan Kota Samarinda, Irwan Syahputra, mengatakan pihaknya tetap memantau harga setiap hari karena permintaan biasanya meningkat menjelang akhir tahun. Ia memastikan stok beras dan minyak goreng di gudang distributor mencukupi kebutuhan warga hingga dua bulan ke depan.",
      ),
      p(
        "“Harga yang turun belum tentu bertahan lama. Kami minta distributor tidak menahan barang, dan kami siap menggelar pasar murah kapan pun harga bergejolak,” kata Irwan.",
      ),
      p(
        "Warga dapat memantau perkembangan harga kebutuhan pokok harian melalui papan informasi harga di setiap pasar tradisional dan kanal informasi resmi pemerintah kota.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 9, at: "10.40", views: 2050, editor: "wicaksono" },
  },
  {
    title: "Operasi Pasar Murah Digelar di Sepuluh Kecamatan",
    category: "ekonomi",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Beras, minyak goreng, gula pasir, dan telur dijual di bawah harga pasar di sepuluh kecamatan. Setiap warga dapat membeli dengan menunjukkan KTP atau kartu keluarga.",
    tags: ["inflasi", "pasar", "wali-kota"],
    body: [
      p(
        "Pemerintah Kota Samarinda menggelar operasi pasar murah secara bergiliran di sepuluh kecamatan untuk menjaga daya beli warga di tengah kenaikan harga sejumlah bahan pokok. Kegiatan ini bekerja sama dengan Perum Bulog, distributor, dan pelaku usaha pangan setempat.",
      ),
      p(
        "Dalam pasar murah tersebut, beras medium dijual Rp11.500 per kilogram, minyak goreng Rp14.000 per liter, gula pasir Rp15.500 per kilogram, dan telur ayam Rp25.000 per kilogram. Harga tersebut lebih rendah dua hingga tiga ribu rupiah dibanding harga rata-rata di pasar.",
      ),
      p(
        "Wali Kota yang meninjau pelaksanaan pasar murah di Kecamatan Sambutan meminta panitia memastikan pembeli benar-benar warga yang membutuhkan. Setiap warga dibatasi membeli paling banyak lima kilogram beras dan dua liter minyak goreng dengan menunjukkan KTP atau kartu keluarga.",
      ),
      quote(
        "Pasar murah ini untuk ibu-ibu rumah tangga, bukan untuk dijual kembali. Kalau ada yang membeli dalam jumlah besar, tolong diingatkan.",
        "Wali Kota Samarinda",
      ),
      p(
        "Kepala Dinas Perdagangan, Irwan Syahputra, menjelaskan bahwa jadwal dan lokasi pasar murah di setiap kecamatan diumumkan melalui kantor kelurahan dan media sosial pemerintah kota. Pasar murah dibuka mulai pukul 08.00 WITA hingga persediaan habis.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 58, at: "12.05", views: 2780, editor: "marlina" },
  },
  {
    title: "Dua Ratus Pelaku UMKM Ikuti Pelatihan Pemasaran Digital dan Sertifikasi Halal",
    category: "ekonomi",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Peserta belajar memotret produk, mengelola toko daring, dan menyusun dokumen sertifikasi halal gratis. Produk peserta terbaik akan dipamerkan di gerai UMKM Balai Kota.",
    tags: ["umkm"],
    body: [
      p(
        "Sebanyak 200 pelaku usaha mikro, kecil, dan menengah (UMKM) mengikuti pelatihan pemasaran digital dan pendampingan sertifikasi halal yang digelar Dinas Koperasi dan UKM Kota Samarinda. Pelatihan berlangsung selama tiga hari di Gedung Pelatihan Koperasi.",
      ),
      p(
        "Peserta yang sebagian besar merupakan pelaku usaha makanan dan minuman rumahan itu dibekali keterampilan memotret produk menggunakan telepon genggam, menulis deskripsi produk yang menarik, hingga mengelola toko di lokapasar. Mereka juga dibantu menyiapkan dokumen untuk sertifikasi halal melalui skema pernyataan pelaku usaha yang tidak dipungut biaya.",
      ),
      p(
        "Kepala Dinas Koperasi dan UKM, Lilis Suryani, mengungkapkan banyak produk UMKM Samarinda yang sebenarnya bermutu tetapi sulit menembus pasar yang lebih luas karena kemasan dan legalitasnya belum lengkap.",
      ),
      p(
        "“Amplang, kue bingka, dan sambal kemasan buatan warga kita tidak kalah dengan produk dari daerah lain. Yang sering kurang adalah label, izin edar, dan cara menjualnya,” ujar Lilis.",
      ),
      p(
        "Salah satu peserta, Hartati, pembuat amplang dari Kelurahan Loa Bakung, mengaku baru pertama kali belajar membuat foto produk dengan latar sederhana. Ia berharap penjualan daringnya bisa bertambah setelah produknya memiliki sertifikat halal.",
      ),
      p(
        "Produk dari 20 peserta terbaik akan dipamerkan di gerai UMKM Balai Kota selama satu bulan dan diikutkan dalam pameran produk unggulan daerah.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 44, at: "14.30", views: 760, editor: "yuniar" },
  },
  {
    title: "Revitalisasi Pasar Segiri Tahap Kedua Dimulai, Pedagang Dipindah Sementara ke Area Parkir",
    category: "ekonomi",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Sekitar 420 pedagang di blok basah Pasar Segiri menempati lapak sementara di area parkir selama pembangunan. Pemkot menjamin pedagang lama kembali ke lapaknya.",
    tags: ["pasar", "umkm"],
    body: [
      p(
        "Pekerjaan revitalisasi Pasar Segiri tahap kedua resmi dimulai. Selama pembangunan, sekitar 420 pedagang di blok basah yang menjual ikan, daging, dan sayuran dipindahkan sementara ke lapak darurat di area parkir sisi timur pasar.",
      ),
      p(
        "Kepala Dinas Perdagangan Kota Samarinda, Irwan Syahputra, menuturkan lapak sementara sudah dilengkapi atap, penerangan, saluran pembuangan, dan tempat sampah terpilah. Pemindahan dilakukan bertahap selama empat hari agar aktivitas jual beli tidak terhenti.",
      ),
      h("Pedagang lama dijamin kembali"),
      p(
        "Irwan menegaskan seluruh pedagang yang terdata akan kembali menempati lapak di bangunan baru tanpa dipungut biaya tambahan. Pembagian lapak dilakukan dengan undian terbuka yang disaksikan perwakilan paguyuban pedagang.",
      ),
      p(
        "“Kami sudah berdiskusi dengan paguyuban sejak awal. Tidak ada pedagang lama yang tergeser, dan tidak ada lapak yang diperjualbelikan,” tegas Irwan.",
      ),
      p(
        "Bangunan baru dirancang dua lantai dengan sirkulasi udara yang lebih baik, instalasi pengolahan air limbah, serta area bongkar muat terpisah sehingga tidak mengganggu arus lalu lintas di Jalan Pahlawan.",
      ),
      p(
        "Pekerjaan tahap kedua ditargetkan rampung dalam sepuluh bulan. Pemerintah kota meminta pengunjung bersabar dan memanfaatkan pintu masuk sementara di sisi Jalan Lambung Mangkurat.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 101, at: "09.20", views: 3910, editor: "wicaksono" },
  },
  {
    title: "Pemkot Salurkan Pinjaman Tanpa Bunga untuk 350 Pedagang Kecil",
    category: "ekonomi",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Pedagang kecil dan pelaku usaha mikro menerima pinjaman modal Rp2 juta hingga Rp10 juta tanpa bunga dan tanpa agunan, diangsur selama dua belas bulan.",
    tags: ["umkm", "pasar"],
    body: [
      p(
        "Pemerintah Kota Samarinda menyalurkan pinjaman modal tanpa bunga kepada 350 pedagang kecil dan pelaku usaha mikro. Besaran pinjaman berkisar antara Rp2 juta hingga Rp10 juta per orang dan dapat diangsur selama dua belas bulan tanpa agunan.",
      ),
      p(
        "Program ini disalurkan melalui bank milik daerah dengan subsidi bunga dari APBD. Sasarannya adalah pedagang pasar, pedagang keliling, dan pelaku usaha rumahan yang selama ini kesulitan mengakses kredit perbankan atau terjerat pinjaman berbunga tinggi.",
      ),
      p(
        "Kepala Dinas Koperasi dan UKM, Lilis Suryani, mengatakan penerima pinjaman diseleksi berdasarkan usulan kelurahan dan hasil verifikasi lapangan. Setiap penerima juga wajib mengikuti pelatihan singkat tentang pencatatan keuangan usaha.",
      ),
      quote(
        "Modal kecil tapi tanpa bunga itu sangat berarti bagi pedagang sayur atau penjual gorengan. Yang penting usahanya jalan dan angsurannya lancar, supaya dananya bisa bergulir ke pedagang lain.",
        "Lilis Suryani, Kepala Dinas Koperasi dan UKM",
      ),
      p(
        "Pendaftaran tahap berikutnya akan dibuka melalui kantor kelurahan. Pemerintah kota mengimbau warga berhati-hati terhadap pihak yang menawarkan bantuan pengurusan pinjaman dengan meminta imbalan, karena seluruh proses tidak dipungut biaya.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 16, at: "10.05", views: 1420, editor: "marlina" },
  },
];
