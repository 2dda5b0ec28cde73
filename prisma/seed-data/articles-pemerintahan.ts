import { h, ol, p, quote, ul, type DemoArticle } from "./types";

export const PEMERINTAHAN_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Wali Kota Minta Musrenbang Kelurahan Utamakan Usulan Drainase dan Penanganan Stunting",
    category: "pemerintahan",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Wali Kota meminta lurah dan warga memilah usulan Musrenbang kelurahan secara ketat, dengan drainase lingkungan dan penanganan stunting ditempatkan di urutan teratas.",
    tags: ["musrenbang", "wali-kota", "drainase", "stunting"],
    body: [
      p(
        "Wali Kota Samarinda meminta seluruh kelurahan menyusun usulan Musyawarah Perencanaan Pembangunan (Musrenbang) secara lebih tajam. Usulan yang berkaitan dengan drainase lingkungan dan penanganan stunting diminta ditempatkan di urutan teratas karena keduanya paling dirasakan langsung oleh warga.",
      ),
      p(
        "Permintaan itu disampaikan Wali Kota saat membuka rangkaian Musrenbang tingkat kelurahan di Aula Kantor Kecamatan Samarinda Ulu. Menurutnya, setiap tahun jumlah usulan yang masuk jauh melampaui kemampuan anggaran, sehingga warga perlu ikut menentukan mana yang paling mendesak.",
      ),
      quote(
        "Lebih baik sepuluh usulan yang benar-benar dikerjakan daripada seratus usulan yang hanya tercatat. Saya minta lurah duduk bersama ketua RT dan kader posyandu, lalu sepakati bersama mana yang paling penting.",
        "Wali Kota Samarinda",
      ),
      p(
        "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Samarinda, Yusuf Ramadhan, menjelaskan bahwa tahun ini setiap kelurahan dibatasi mengajukan paling banyak 15 usulan prioritas melalui aplikasi perencanaan daerah. Usulan yang melebihi batas tetap dicatat sebagai cadangan untuk tahun berikutnya.",
      ),
      p(
        "Yusuf menambahkan, usulan yang disertai data pendukung seperti foto lokasi, panjang saluran, atau jumlah balita berisiko stunting akan lebih mudah diverifikasi. Tim Bappeda bersama perangkat daerah teknis akan meninjau lokasi sebelum usulan dibahas di tingkat kecamatan.",
      ),
      p(
        "Musrenbang kelurahan dijadwalkan berlangsung di 59 kelurahan hingga akhir bulan depan, dilanjutkan Musrenbang kecamatan dan forum perangkat daerah. Hasilnya menjadi bahan penyusunan Rencana Kerja Pemerintah Daerah tahun berikutnya.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 112, at: "10.15", views: 1240, editor: "yuniar" },
  },
  {
    title: "Pemkot dan DPRD Sepakati KUA-PPAS APBD 2027",
    category: "pemerintahan",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Nota kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon Anggaran Sementara APBD 2027 ditandatangani dalam rapat paripurna DPRD Kota Samarinda.",
    tags: ["apbd-2027", "dprd", "wali-kota"],
    body: [
      p(
        "Pemerintah Kota Samarinda dan DPRD Kota Samarinda menandatangani nota kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon Anggaran Sementara (KUA-PPAS) APBD 2027 dalam rapat paripurna di Gedung DPRD. Kesepakatan ini menjadi dasar penyusunan Rancangan Peraturan Daerah tentang APBD 2027.",
      ),
      p(
        "Dalam sambutannya, Wali Kota menyampaikan terima kasih kepada seluruh anggota dewan atas pembahasan yang berlangsung intensif selama tiga pekan. Ia menilai banyak masukan dewan yang memperkuat rancangan awal, terutama terkait pemerataan pembangunan di kecamatan pinggiran.",
      ),
      h("Lima prioritas pembangunan"),
      p("KUA-PPAS yang disepakati memuat lima prioritas pembangunan daerah untuk tahun anggaran mendatang, yaitu:"),
      ol([
        "pengendalian banjir dan perbaikan drainase kota;",
        "peningkatan mutu layanan pendidikan dan kesehatan dasar;",
        "percepatan penurunan stunting dan penanggulangan kemiskinan;",
        "penguatan ekonomi kerakyatan melalui UMKM dan pasar rakyat;",
        "pelayanan publik berbasis digital yang mudah dijangkau warga.",
      ]),
      p(
        "Kepala Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD), Herlina Pakpahan, menjelaskan bahwa plafon anggaran sementara disusun dengan asumsi pendapatan daerah yang realistis. Menurutnya, pemerintah kota memilih berhati-hati karena sebagian pendapatan masih bergantung pada dana transfer dari pemerintah pusat dan provinsi.",
      ),
      p(
        "Setelah penandatanganan ini, pemerintah kota akan menyerahkan Rancangan Peraturan Daerah tentang APBD 2027 beserta nota keuangannya kepada DPRD untuk dibahas lebih lanjut bersama badan anggaran.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 38, at: "15.40", views: 2310, editor: "wicaksono" },
  },
  {
    title: "DPRD Setujui Raperda APBD 2027, Belanja Infrastruktur dan Layanan Dasar Jadi Prioritas",
    category: "pemerintahan",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "DPRD Kota Samarinda menyetujui Rancangan Perda APBD 2027 dalam rapat paripurna. Belanja untuk drainase, jalan lingkungan, sekolah, dan puskesmas mendapat porsi terbesar.",
    tags: ["apbd-2027", "dprd", "wali-kota", "banjir"],
    body: [
      p(
        "DPRD Kota Samarinda secara resmi menyetujui Rancangan Peraturan Daerah tentang Anggaran Pendapatan dan Belanja Daerah (APBD) Tahun Anggaran 2027 dalam rapat paripurna yang dihadiri Wali Kota, unsur pimpinan dewan, dan kepala perangkat daerah. Seluruh fraksi menyatakan menerima rancangan tersebut dengan sejumlah catatan.",
      ),
      p(
        "APBD 2027 disepakati dengan total belanja sekitar Rp5,2 triliun. Wali Kota menyebut struktur anggaran tahun depan diarahkan untuk menuntaskan pekerjaan yang paling ditunggu warga, yakni pengendalian banjir, perbaikan jalan lingkungan, serta peningkatan layanan sekolah dan puskesmas.",
      ),
      h("Catatan fraksi"),
      p(
        "Dalam pandangan akhirnya, fraksi-fraksi DPRD meminta pemerintah kota mempercepat proses lelang agar pekerjaan fisik dapat dimulai sejak awal tahun. Dewan juga meminta agar program bantuan sosial disalurkan berdasarkan data terpadu yang diperbarui, sehingga tepat sasaran.",
      ),
      ul([
        "Percepatan lelang pekerjaan fisik paling lambat triwulan pertama.",
        "Pemutakhiran data penerima bantuan sosial bersama kelurahan.",
        "Pengawasan mutu pekerjaan drainase dan jalan lingkungan.",
        "Peningkatan pendapatan asli daerah tanpa membebani pelaku usaha kecil.",
      ]),
      quote(
        "Semua catatan dewan kami terima sebagai pengingat. Anggaran ini milik warga, jadi pelaksanaannya juga harus bisa diawasi warga.",
        "Wali Kota Samarinda",
      ),
      p(
        "Raperda APBD 2027 yang telah disetujui selanjutnya akan dievaluasi oleh Gubernur Kalimantan Timur sebelum ditetapkan menjadi peraturan daerah. Pemerintah kota menargetkan seluruh dokumen pelaksanaan anggaran perangkat daerah sudah siap sebelum tahun anggaran berjalan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 3, at: "16.20", views: 1870, editor: "yuniar" },
  },
  {
    title: "Mal Pelayanan Publik Kini Buka Layanan Sabtu Pagi",
    category: "pemerintahan",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Warga yang bekerja pada hari kerja kini dapat mengurus administrasi kependudukan, perizinan, dan perpajakan daerah di Mal Pelayanan Publik setiap Sabtu pukul 08.00–12.00 WITA.",
    tags: ["pelayanan-publik"],
    body: [
      p(
        "Mal Pelayanan Publik (MPP) Kota Samarinda kini membuka layanan setiap Sabtu mulai pukul 08.00 hingga 12.00 WITA. Kebijakan ini ditujukan bagi warga yang kesulitan mengurus dokumen pada hari kerja karena terikat jam kantor.",
      ),
      p(
        "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP), Ratna Juwita, mengatakan layanan Sabtu dibuka setelah pihaknya menerima banyak masukan dari warga melalui kotak saran dan media sosial. Selama masa uji coba empat pekan, rata-rata 240 warga datang setiap Sabtu.",
      ),
      p("Layanan yang tersedia pada Sabtu pagi meliputi:"),
      ul([
        "perekaman dan pencetakan KTP elektronik, kartu keluarga, serta akta kelahiran;",
        "pembayaran Pajak Bumi dan Bangunan serta pajak daerah lainnya;",
        "konsultasi perizinan berusaha dan Nomor Induk Berusaha;",
        "layanan BPJS Kesehatan dan BPJS Ketenagakerjaan.",
      ]),
      p(
        "Ratna mengimbau warga mengambil nomor antrean secara daring melalui laman resmi MPP agar tidak menunggu terlalu lama. Kuota antrean Sabtu dibatasi 300 nomor, sementara warga lanjut usia, penyandang disabilitas, dan ibu hamil tetap mendapat jalur prioritas.",
      ),
      p(
        "Seluruh layanan di MPP tidak dipungut biaya kecuali pembayaran pajak dan retribusi yang memang ditetapkan peraturan daerah. Warga yang menemukan pungutan di luar ketentuan diminta melapor melalui kanal pengaduan resmi pemerintah kota.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 74, at: "09.05", views: 3420, editor: "marlina" },
  },
  {
    title: "Aplikasi Lapor Warga Terima 1.200 Aduan dalam Tiga Bulan, Jalan Rusak Paling Banyak Dilaporkan",
    category: "pemerintahan",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Sejak diluncurkan, kanal aduan daring pemerintah kota menerima lebih dari 1.200 laporan. Sebanyak 78 persen telah ditindaklanjuti perangkat daerah terkait.",
    tags: ["pelayanan-publik", "jalan", "drainase"],
    body: [
      p(
        "Aplikasi Lapor Warga yang dikelola Dinas Komunikasi dan Informatika (Diskominfo) Kota Samarinda telah menerima 1.214 aduan dalam tiga bulan pertama sejak diluncurkan. Laporan tentang jalan rusak mendominasi, disusul saluran tersumbat, penerangan jalan umum yang padam, dan tumpukan sampah.",
      ),
      p(
        "Kepala Diskominfo, Hasbi Alamsyah, menyebut 946 aduan atau sekitar 78 persen telah selesai ditindaklanjuti. Sisanya masih dalam proses karena membutuhkan anggaran atau pekerjaan lanjutan, misalnya perbaikan jalan yang harus menunggu jadwal pengaspalan.",
      ),
      p(
        "Setiap aduan diteruskan otomatis ke perangkat daerah yang berwenang. Perangkat daerah wajib memberi tanggapan awal paling lambat tiga hari kerja, dan pelapor dapat memantau status laporannya langsung dari telepon genggam.",
      ),
      p(
        "“Kami tidak ingin aduan warga hanya berhenti sebagai angka. Setiap pekan, daftar aduan yang terlambat ditanggapi kami bawa ke rapat pimpinan,” kata Hasbi.",
      ),
      p(
        "Hasbi mengingatkan warga untuk melengkapi laporan dengan foto dan titik lokasi yang jelas. Laporan yang tidak mencantumkan lokasi sering kali harus dikonfirmasi ulang sehingga penanganannya menjadi lebih lama.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 20, at: "11.30", views: 1530, editor: "wicaksono" },
  },
  {
    title: "Wali Kota Lantik 48 Pejabat Administrator dan Pengawas",
    category: "pemerintahan",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Pelantikan pejabat di lingkungan Pemerintah Kota Samarinda diikuti pesan agar pejabat baru segera turun ke lapangan dan tidak menunggu laporan di meja.",
    tags: ["wali-kota"],
    body: [
      p(
        "Wali Kota Samarinda melantik dan mengambil sumpah 48 pejabat administrator dan pengawas di lingkungan Pemerintah Kota Samarinda di Balai Kota. Pelantikan ini merupakan bagian dari penataan organisasi agar sejumlah jabatan yang lama kosong dapat segera terisi.",
      ),
      p(
        "Dalam amanatnya, Wali Kota meminta para pejabat yang baru dilantik untuk segera mempelajari tugas masing-masing dan tidak menunggu laporan di meja. Menurutnya, masalah di lapangan sering kali lebih cepat selesai jika pejabat datang sendiri dan berbicara dengan warga.",
      ),
      quote(
        "Jabatan ini amanah, bukan hadiah. Dalam tiga bulan ke depan saya ingin melihat hasil kerja, bukan sekadar rencana kerja.",
        "Wali Kota Samarinda",
      ),
      p(
        "Sekretaris Daerah Kota Samarinda, Rusdi Hasanuddin, menjelaskan bahwa pengisian jabatan dilakukan melalui uji kompetensi dan mempertimbangkan rekam jejak kinerja. Sebagian pejabat merupakan hasil rotasi antarperangkat daerah untuk penyegaran organisasi.",
      ),
      p(
        "Usai pelantikan, para pejabat menandatangani pakta integritas yang memuat komitmen menolak gratifikasi dan menjaga netralitas aparatur sipil negara.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 95, at: "14.10", views: 980, editor: "yuniar" },
  },
  {
    title: "Sekda Minta Perangkat Daerah Percepat Realisasi Belanja Menjelang Akhir Tahun",
    category: "pemerintahan",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Rapat evaluasi realisasi anggaran mencatat serapan belanja baru mencapai 71 persen. Perangkat daerah diminta menyelesaikan pekerjaan fisik tanpa mengorbankan mutu.",
    tags: ["apbd-2027"],
    body: [
      p(
        "Sekretaris Daerah Kota Samarinda, Rusdi Hasanuddin, meminta seluruh perangkat daerah mempercepat realisasi belanja yang masih tertinggal. Hingga pekan ini, serapan belanja daerah tercatat sekitar 71 persen dari total anggaran tahun berjalan.",
      ),
      p(
        "Permintaan itu disampaikan dalam rapat evaluasi realisasi fisik dan keuangan yang diikuti kepala perangkat daerah, camat, dan direktur badan usaha milik daerah. Rusdi menyebut keterlambatan paling banyak terjadi pada pekerjaan fisik yang proses lelangnya sempat diulang.",
      ),
      p(
        "Meski demikian, Rusdi mengingatkan agar percepatan tidak dilakukan dengan mengorbankan mutu. Ia meminta pejabat pembuat komitmen memastikan setiap pekerjaan diperiksa sesuai spesifikasi sebelum dibayarkan.",
      ),
      p(
        "“Jangan sampai kita mengejar angka serapan, lalu tahun depan jalannya rusak lagi. Cepat boleh, asal benar,” tegas Rusdi.",
      ),
      p(
        "Pemerintah kota juga meminta perangkat daerah yang memiliki sisa anggaran dari penghematan untuk segera melaporkannya. Sisa anggaran tersebut akan diperhitungkan dalam perencanaan APBD 2027 agar dapat dimanfaatkan untuk program prioritas.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 12, at: "13.45", views: 640, editor: "marlina" },
  },
];
