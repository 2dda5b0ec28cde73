import { h, p, quote, ul, type DemoArticle } from "./types";

export const LINGKUNGAN_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Bank Sampah Induk Kumpulkan 38 Ton Sampah Terpilah, Tabungan Nasabah Bisa untuk Bayar Iuran",
    category: "lingkungan",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Sebanyak 146 bank sampah unit menyetorkan plastik, kertas, dan logam ke Bank Sampah Induk. Nasabah kini dapat memakai saldo tabungan untuk membayar iuran kebersihan.",
    tags: ["bank-sampah"],
    body: [
      p(
        "Bank Sampah Induk Kota Samarinda mencatat 38 ton sampah terpilah yang disetorkan oleh 146 bank sampah unit dalam tiga bulan terakhir. Sampah tersebut didominasi plastik, kertas, kardus, dan kaleng aluminium yang kemudian dijual ke industri daur ulang.",
      ),
      p(
        "Kepala Dinas Lingkungan Hidup (DLH) Kota Samarinda, Rahmadi Noor, mengatakan jumlah tersebut setara dengan berkurangnya sekitar empat truk sampah per pekan yang harus diangkut ke Tempat Pemrosesan Akhir (TPA). Artinya, umur TPA dapat diperpanjang jika pemilahan sampah terus meluas.",
      ),
      h("Tabungan sampah untuk iuran kebersihan"),
      p(
        "Mulai bulan ini, nasabah bank sampah dapat menggunakan saldo tabungannya untuk membayar iuran kebersihan lingkungan dan retribusi sampah. Sebagian bank sampah unit juga bekerja sama dengan koperasi warga sehingga saldo dapat ditukar dengan kebutuhan pokok.",
      ),
      quote(
        "Warga jadi melihat sampah sebagai barang yang ada nilainya. Ibu-ibu di RT kami sekarang berlomba memilah dari dapur.",
        "Sumarni, pengelola Bank Sampah Melati Bersih, Kelurahan Gunung Kelua",
      ),
      p(
        "DLH menargetkan setiap kelurahan memiliki sedikitnya tiga bank sampah unit aktif. Warga yang ingin membentuk bank sampah di lingkungannya dapat menghubungi DLH untuk mendapatkan pelatihan, timbangan, dan buku tabungan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 57, at: "10.00", views: 970, editor: "wicaksono" },
  },
  {
    title: "Sepuluh Ribu Bibit Pohon Ditanam di Bantaran Sungai Karang Mumus",
    category: "lingkungan",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Penanaman melibatkan pelajar, komunitas pecinta sungai, dan aparatur pemerintah kota. Jenis pohon dipilih yang akarnya kuat menahan erosi tebing sungai.",
    tags: ["penghijauan", "sungai-karang-mumus", "wali-kota"],
    body: [
      p(
        "Sebanyak 10.000 bibit pohon ditanam di sepanjang bantaran Sungai Karang Mumus dalam gerakan penghijauan yang melibatkan pelajar, komunitas pecinta sungai, organisasi kepemudaan, dan aparatur Pemerintah Kota Samarinda.",
      ),
      p(
        "Bibit yang ditanam antara lain rambai, bungur, trembesi, dan bambu, yang dipilih karena akarnya mampu menahan erosi tebing sungai. Sebagian bibit buah-buahan seperti cempedak dan nangka dibagikan kepada warga untuk ditanam di pekarangan.",
      ),
      p(
        "Wali Kota yang ikut menanam bersama pelajar mengatakan pohon di bantaran sungai berfungsi sebagai penahan tanah sekaligus penyaring sampah dan sedimen sebelum masuk ke badan sungai.",
      ),
      quote(
        "Menanam itu mudah, merawatnya yang sulit. Saya minta setiap sekolah dan komunitas mengadopsi pohon yang ditanam hari ini dan melaporkan perkembangannya.",
        "Wali Kota Samarinda",
      ),
      p(
        "Kepala DLH, Rahmadi Noor, menjelaskan bahwa penyiraman dan penyulaman bibit yang mati akan dilakukan selama enam bulan pertama bersama kelompok warga di sekitar lokasi penanaman.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 86, at: "09.10", views: 650, editor: "yuniar" },
  },
  {
    title: "Jadwal Buang Sampah Diperketat, Warga Hanya Boleh Buang Pukul 18.00 hingga 06.00 WITA",
    category: "lingkungan",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Sampah yang dibuang di luar jam yang ditentukan membuat tempat pembuangan sementara meluber pada siang hari. Satpol PP dan DLH akan menegur pelanggar.",
    tags: ["satpol-pp", "pelayanan-publik"],
    body: [
      p(
        "Pemerintah Kota Samarinda kembali menegaskan jadwal pembuangan sampah rumah tangga ke tempat pembuangan sementara (TPS), yakni mulai pukul 18.00 hingga 06.00 WITA. Di luar jam tersebut, warga diminta menyimpan sampahnya di rumah.",
      ),
      p(
        "Kepala DLH, Rahmadi Noor, menuturkan sampah yang dibuang pada siang hari membuat TPS meluber ke badan jalan, menimbulkan bau, dan mengganggu pengguna jalan. Armada pengangkut sampah dijadwalkan mengosongkan TPS sebelum pukul 07.00 WITA.",
      ),
      p("Warga diimbau memperhatikan ketentuan berikut:"),
      ul([
        "membuang sampah dalam kantong tertutup ke TPS terdekat sesuai jam yang ditentukan;",
        "memisahkan sampah yang masih bernilai untuk disetor ke bank sampah;",
        "tidak membuang sampah ke sungai, parit, atau lahan kosong;",
        "melaporkan TPS yang tidak diangkut melalui aplikasi Lapor Warga.",
      ]),
      p(
        "Satuan Polisi Pamong Praja bersama DLH akan berpatroli di sejumlah TPS yang kerap dipenuhi sampah pada siang hari. Pelanggar akan ditegur dan didata, dan pelanggaran berulang dapat dikenai sanksi sesuai peraturan daerah tentang pengelolaan sampah.",
      ),
      p(
        "“Kami tidak ingin menghukum warga. Tapi kalau satu orang membuang sampah siang hari, satu jalan ikut menanggung baunya,” kata Rahmadi.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 33, at: "08.15", views: 3750, editor: "marlina" },
  },
  {
    title: "Aksi Bersih Sungai Libatkan 1.500 Relawan dan Pelajar",
    category: "lingkungan",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Relawan mengangkat sekitar 7 ton sampah dari Sungai Karang Mumus dan anak-anak sungainya, sebagian besar berupa plastik kemasan dan styrofoam.",
    tags: ["sungai-karang-mumus", "banjir", "bank-sampah"],
    body: [
      p(
        "Sekitar 1.500 relawan yang terdiri atas pelajar, mahasiswa, komunitas, dan aparatur pemerintah kota mengikuti aksi bersih sungai di Sungai Karang Mumus dan sejumlah anak sungainya. Dalam waktu empat jam, relawan mengangkat sekitar tujuh ton sampah.",
      ),
      p(
        "Sebagian besar sampah berupa plastik kemasan, styrofoam, dan popok sekali pakai. Relawan juga menemukan kasur, ban bekas, hingga perabot rumah tangga yang tersangkut di pintu air.",
      ),
      p(
        "Kepala DLH, Rahmadi Noor, mengungkapkan sampah yang masih bernilai dipilah dan disetorkan ke bank sampah, sementara sisanya diangkut ke TPA. Menurutnya, sampah yang menyumbat aliran sungai ikut memperparah genangan ketika hujan deras.",
      ),
      p(
        "“Sampah yang kami angkat hari ini bukan datang dari jauh. Semuanya dari rumah-rumah kita sendiri,” ujar Rahmadi.",
      ),
      p(
        "Aksi bersih sungai akan digelar rutin setiap bulan di segmen yang berbeda. Sekolah dan komunitas yang ingin bergabung dapat mendaftar melalui kantor kecamatan masing-masing.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 11, at: "12.30", views: 720, editor: "yuniar" },
  },
  {
    title: "Pemkot Tambah 12 Taman Kota sebagai Ruang Terbuka Hijau",
    category: "lingkungan",
    writer: "fadli",
    dateline: "Loa Janan Ilir",
    excerpt:
      "Taman baru dibangun di lahan milik pemerintah kota yang selama ini terbengkalai, dilengkapi jalur pejalan kaki, area bermain anak, dan sumur resapan.",
    tags: ["penghijauan", "drainase"],
    body: [
      p(
        "Pemerintah Kota Samarinda menambah 12 taman kota baru sebagai ruang terbuka hijau di sejumlah kecamatan. Salah satu yang pertama rampung berada di Kelurahan Harapan Baru, Kecamatan Loa Janan Ilir, di atas lahan milik pemerintah kota yang sebelumnya terbengkalai.",
      ),
      p(
        "Kepala Dinas Perumahan dan Kawasan Permukiman, Yohanes Tandiarrang, mengatakan setiap taman dilengkapi jalur pejalan kaki, area bermain anak, bangku, lampu taman, serta sumur resapan untuk menampung air hujan.",
      ),
      p(
        "Menurut Yohanes, taman-taman ini sengaja dibangun di tengah permukiman padat agar mudah dijangkau warga dengan berjalan kaki. Pohon peneduh yang ditanam juga diharapkan menurunkan suhu di lingkungan sekitar.",
      ),
      quote(
        "Anak-anak di sini dulu bermain di pinggir jalan. Sekarang ada tempat yang aman, dan sore hari ibu-ibu juga berkumpul di sini.",
        "Sulastri, warga Kelurahan Harapan Baru",
      ),
      p(
        "Pengelolaan taman akan melibatkan kelompok warga setempat. Pemerintah kota meminta warga ikut menjaga fasilitas taman dan tidak menjadikannya tempat berjualan permanen.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 97, at: "15.30", views: 410, editor: "wicaksono" },
  },
];
