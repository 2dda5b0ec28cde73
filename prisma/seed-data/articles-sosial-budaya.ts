import { h, p, quote, ul, type DemoArticle } from "./types";

export const SOSIAL_BUDAYA_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Bantuan Pangan Disalurkan kepada 18.000 Keluarga Penerima Manfaat",
    category: "sosial-budaya",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Setiap keluarga menerima sepuluh kilogram beras, minyak goreng, dan telur. Penyaluran dilakukan di kantor kelurahan dengan jadwal per RT untuk menghindari antrean panjang.",
    tags: ["bansos", "inflasi", "wali-kota"],
    body: [
      p(
        "Pemerintah Kota Samarinda menyalurkan bantuan pangan kepada 18.000 keluarga penerima manfaat di seluruh kecamatan. Setiap keluarga menerima sepuluh kilogram beras, dua liter minyak goreng, dan satu kilogram telur ayam.",
      ),
      p(
        "Kepala Dinas Sosial Kota Samarinda, Hj. Norhayati, mengatakan data penerima berasal dari Data Terpadu Kesejahteraan Sosial yang telah dimutakhirkan bersama kelurahan. Penyaluran dilakukan di kantor kelurahan dengan jadwal per RT agar warga tidak menumpuk dan lansia tidak perlu mengantre lama.",
      ),
      h("Yang perlu dibawa penerima"),
      ul([
        "undangan atau kupon dari ketua RT;",
        "KTP elektronik dan kartu keluarga asli;",
        "surat kuasa bermeterai bila bantuan diambil oleh anggota keluarga lain.",
      ]),
      p(
        "Wali Kota yang meninjau penyaluran di Kelurahan Sidodamai meminta petugas mengantarkan bantuan langsung ke rumah penerima yang sakit, lanjut usia, atau penyandang disabilitas yang tidak dapat datang ke lokasi.",
      ),
      quote(
        "Bantuan ini hak warga, jangan dipersulit. Kalau ada warga yang seharusnya menerima tapi belum terdata, laporkan ke kelurahan supaya masuk pemutakhiran berikutnya.",
        "Wali Kota Samarinda",
      ),
      p(
        "Dinas Sosial membuka posko pengaduan di setiap kantor kecamatan selama masa penyaluran. Warga juga dapat menyampaikan sanggahan atau usulan penerima baru melalui aplikasi Lapor Warga.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 52, at: "09.35", views: 4210, editor: "yuniar" },
  },
  {
    title: "Festival Sarung Tenun Tampilkan Karya Penenun Samarinda Seberang",
    category: "sosial-budaya",
    writer: "aisyah",
    dateline: "Samarinda Seberang",
    excerpt:
      "Lebih dari 60 penenun memamerkan sarung tenun gedogan dan ATBM. Pengunjung dapat mencoba menenun dan mengikuti kelas pewarnaan alami.",
    tags: ["festival", "umkm"],
    body: [
      p(
        "Festival Sarung Tenun Samarinda berlangsung meriah di kawasan sentra tenun Samarinda Seberang. Lebih dari 60 penenun memamerkan sarung tenun gedogan dan alat tenun bukan mesin (ATBM) dengan motif yang diwariskan turun-temurun.",
      ),
      p(
        "Festival ini menghadirkan pameran, peragaan busana berbahan sarung tenun, serta kelas menenun dan pewarnaan alami yang dapat diikuti pengunjung secara gratis. Anak-anak sekolah juga diajak mengenal motif-motif tenun dan makna di baliknya.",
      ),
      p(
        "Kepala Dinas Kebudayaan dan Pariwisata, Dewi Kartika Sari, mengatakan jumlah penenun terus berkurang karena proses menenun yang lama tidak sebanding dengan harga jual. Festival ini diharapkan menumbuhkan minat generasi muda sekaligus membuka pasar yang lebih luas.",
      ),
      quote(
        "Satu lembar sarung bisa dikerjakan dua sampai tiga minggu. Kalau orang tahu prosesnya, mereka akan lebih menghargai harganya.",
        "Hj. Masnah, penenun dari Kelurahan Baqa",
      ),
      p(
        "Pemerintah kota juga mewajibkan aparatur sipil negara mengenakan pakaian berbahan sarung tenun Samarinda pada hari tertentu setiap pekan untuk memperluas pasar bagi para penenun.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 79, at: "16.05", views: 1580, editor: "marlina" },
  },
  {
    title: "Korban Kebakaran di Sungai Pinang Dapat Bantuan Hunian Sementara dan Dokumen Baru",
    category: "sosial-budaya",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Tiga puluh satu keluarga yang kehilangan rumah menempati hunian sementara. Dukcapil mencetak ulang KTP, KK, dan akta yang terbakar tanpa biaya.",
    tags: ["bansos", "kebakaran"],
    body: [
      p(
        "Pemerintah Kota Samarinda menyiapkan hunian sementara bagi 31 keluarga korban kebakaran permukiman di Kecamatan Sungai Pinang. Kebakaran yang terjadi dini hari itu menghanguskan 24 rumah dan membuat 112 jiwa kehilangan tempat tinggal.",
      ),
      p(
        "Kepala Dinas Sosial, Hj. Norhayati, menuturkan para korban saat ini menempati hunian sementara di gedung serbaguna kelurahan yang telah disekat per keluarga. Dapur umum dioperasikan bersama Taruna Siaga Bencana dan relawan selama masa tanggap darurat.",
      ),
      p(
        "Dinas Kependudukan dan Pencatatan Sipil membuka layanan jemput bola di lokasi pengungsian untuk mencetak ulang KTP elektronik, kartu keluarga, dan akta kelahiran yang ikut terbakar. Seluruh layanan tersebut tidak dipungut biaya.",
      ),
      p(
        "Selain bantuan logistik, setiap keluarga akan menerima bantuan bahan bangunan untuk membangun kembali rumahnya. Pendataan kerusakan dilakukan bersama kelurahan dan ketua RT.",
      ),
      p(
        "“Yang paling penting sekarang anak-anak bisa tetap sekolah. Seragam dan buku mereka sudah kami ganti, dan sekolah sudah kami minta memberikan kelonggaran,” kata Norhayati.",
      ),
      p(
        "Masyarakat yang ingin membantu dapat menyalurkan donasi melalui posko resmi di kantor kelurahan agar bantuan tercatat dan tersalurkan secara merata.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 18, at: "17.10", views: 2090, editor: "wicaksono" },
  },
  {
    title: "Lomba Kampung Bersih dan Bermartabat Diikuti 59 Kelurahan",
    category: "sosial-budaya",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Penilaian meliputi kebersihan lingkungan, pengelolaan sampah, keamanan lingkungan, dan kegiatan sosial warga. Pemenang akan mendapat dana pembinaan.",
    tags: ["bank-sampah"],
    body: [
      p(
        "Seluruh 59 kelurahan di Kota Samarinda ambil bagian dalam Lomba Kampung Bersih dan Bermartabat. Lomba ini digelar untuk mendorong gotong royong warga dalam menjaga kebersihan, keamanan, dan kerukunan lingkungan.",
      ),
      p(
        "Tim penilai yang terdiri dari unsur pemerintah kota, akademisi, dan tokoh masyarakat akan mengunjungi setiap kelurahan untuk menilai kebersihan lingkungan, pengelolaan sampah rumah tangga, keberadaan bank sampah, ronda malam, serta kegiatan sosial seperti posyandu dan majelis taklim.",
      ),
      p(
        "Sekretaris Daerah, Rusdi Hasanuddin, menegaskan bahwa penilaian tidak hanya melihat tampilan pada hari kunjungan. Tim juga akan melakukan kunjungan mendadak untuk memastikan kebersihan terjaga setiap hari.",
      ),
      p(
        "“Kampung yang bersih bukan kampung yang dicat menjelang penilaian, tapi kampung yang warganya terbiasa peduli,” ujar Rusdi.",
      ),
      p(
        "Kelurahan terbaik di setiap kecamatan akan menerima dana pembinaan untuk membiayai kegiatan lingkungan, sedangkan juara tingkat kota akan diumumkan pada peringatan hari jadi kota.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 109, at: "10.25", views: 540, editor: "yuniar" },
  },
  {
    title: "Pemkot Serahkan Santunan kepada 1.500 Anak Yatim dan Warga Lanjut Usia Telantar",
    category: "sosial-budaya",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Santunan diserahkan melalui rekening penerima. Dinas Sosial juga mendata lansia yang tinggal sendiri untuk mendapatkan pendampingan rutin.",
    tags: ["bansos"],
    body: [
      p(
        "Pemerintah Kota Samarinda menyerahkan santunan kepada 1.500 anak yatim, anak yatim piatu, dan warga lanjut usia telantar. Santunan ditransfer langsung ke rekening penerima atau wali yang ditunjuk.",
      ),
      p(
        "Penyerahan secara simbolis dilakukan di Pendopo Balai Kota kepada perwakilan penerima dari setiap kecamatan. Kepala Dinas Sosial, Hj. Norhayati, menyebutkan data penerima dihimpun dari panti asuhan, kelurahan, dan hasil penjangkauan pekerja sosial.",
      ),
      p(
        "Selain santunan, Dinas Sosial mendata warga lanjut usia yang tinggal sendiri tanpa keluarga. Mereka akan mendapat kunjungan rutin dari pendamping sosial, pemeriksaan kesehatan berkala, serta bantuan permakanan.",
      ),
      quote(
        "Kami ingin tidak ada lagi lansia yang sakit sendirian di rumah tanpa ada yang tahu. Tetangga dan ketua RT adalah mata pertama kita.",
        "Hj. Norhayati, Kepala Dinas Sosial Kota Samarinda",
      ),
      p(
        "Warga yang mengetahui keberadaan anak telantar atau lansia yang membutuhkan pertolongan dapat melapor ke kantor kelurahan atau ke layanan pengaduan Dinas Sosial.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 7, at: "14.50", views: 880, editor: "marlina" },
  },
];
