import { h, p, quote, ul, type DemoArticle } from "./types";

export const PARIWISATA_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Festival Tepian Mahakam Kembali Digelar, Tampilkan Lomba Perahu Naga dan Kuliner Khas",
    category: "pariwisata",
    writer: "prabawati",
    dateline: "Samarinda",
    excerpt:
      "Festival tiga hari di Tepian Mahakam menghadirkan lomba perahu naga, pertunjukan seni, dan bazar kuliner khas Samarinda yang melibatkan 120 pelaku UMKM.",
    tags: ["festival", "tepian-mahakam", "umkm", "wali-kota"],
    body: [
      p(
        "Festival Tepian Mahakam kembali digelar selama tiga hari di kawasan tepian Sungai Mahakam. Festival tahunan ini menghadirkan lomba perahu naga, pertunjukan seni tradisi, pentas musik, dan bazar kuliner khas Samarinda.",
      ),
      p(
        "Sebanyak 24 tim perahu naga dari kecamatan, instansi, dan komunitas mengikuti lomba di lintasan sepanjang 500 meter. Di darat, 120 pelaku UMKM menjajakan kuliner seperti nasi kuning, soto Banjar, bingka, dan amplang.",
      ),
      h("Agenda festival"),
      ul([
        "hari pertama: pembukaan, parade perahu hias, dan pentas tari daerah;",
        "hari kedua: babak penyisihan lomba perahu naga dan lomba memasak kuliner khas;",
        "hari ketiga: final lomba perahu naga, pentas musik, dan penutupan.",
      ]),
      quote(
        "Sungai Mahakam adalah wajah Samarinda. Festival ini mengajak warga kembali menghadap ke sungai, bukan membelakanginya.",
        "Wali Kota Samarinda",
      ),
      p(
        "Kepala Dinas Kebudayaan dan Pariwisata, Dewi Kartika Sari, mengatakan panitia menyediakan kantong parkir di sejumlah titik dan bus antar-jemput gratis dari Balai Kota menuju lokasi festival. Pengunjung diimbau tidak membawa kantong plastik sekali pakai.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 47, at: "16.45", views: 3130, editor: "wicaksono" },
  },
  {
    title: "Kampung Wisata Tenun di Samarinda Seberang Dapat Pendampingan Pengelolaan Homestay",
    category: "pariwisata",
    writer: "aisyah",
    dateline: "Samarinda Seberang",
    excerpt:
      "Dua puluh rumah warga disiapkan menjadi homestay bagi wisatawan yang ingin belajar menenun. Pemilik rumah dilatih soal kebersihan, pelayanan, dan pemesanan daring.",
    tags: ["umkm", "festival"],
    body: [
      p(
        "Dinas Kebudayaan dan Pariwisata Kota Samarinda memberikan pendampingan kepada 20 keluarga di kampung tenun Samarinda Seberang yang rumahnya akan difungsikan sebagai homestay. Wisatawan yang menginap dapat belajar menenun langsung dari para penenun setempat.",
      ),
      p(
        "Pendampingan meliputi standar kebersihan kamar dan kamar mandi, penyajian makanan, keramahan dalam melayani tamu, hingga cara mengelola pemesanan secara daring. Setiap pemilik rumah juga dibantu melengkapi perizinan usaha.",
      ),
      p(
        "Kepala Disbudpar, Dewi Kartika Sari, menuturkan wisatawan kini mencari pengalaman yang autentik, bukan sekadar berfoto. Kampung tenun dinilai memiliki daya tarik itu karena wisatawan dapat melihat proses menenun dari awal hingga selesai.",
      ),
      quote(
        "Tamu yang menginap biasanya pulang membawa sarung. Jadi bukan hanya kamar yang laku, tenunan kami juga.",
        "Rahmah, pemilik homestay di Kelurahan Tenun",
      ),
      p(
        "Pokdarwis kampung tenun menyiapkan paket wisata dua hari satu malam yang mencakup kelas menenun, susur sungai dengan perahu ketinting, dan kuliner khas. Paket tersebut akan dipromosikan melalui biro perjalanan dan media sosial pemerintah kota.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 76, at: "13.05", views: 480, editor: "yuniar" },
  },
  {
    title: "Kunjungan Wisatawan Naik, Kawasan Tepian Mahakam Ditata Ulang",
    category: "pariwisata",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Penataan meliputi pelebaran jalur pejalan kaki, penambahan lampu, toilet umum, dan zona khusus pedagang kaki lima agar trotoar kembali lega.",
    tags: ["tepian-mahakam", "umkm", "satpol-pp"],
    body: [
      p(
        "Pemerintah Kota Samarinda menata ulang kawasan Tepian Mahakam seiring meningkatnya kunjungan wisatawan, terutama pada sore dan malam akhir pekan. Penataan meliputi pelebaran jalur pejalan kaki, penambahan lampu, pembangunan toilet umum, dan penyediaan zona khusus pedagang kaki lima.",
      ),
      p(
        "Kepala Disbudpar, Dewi Kartika Sari, menyebut jumlah pengunjung kawasan Tepian Mahakam pada akhir pekan kini dapat mencapai 8.000 orang. Lonjakan itu membuat trotoar padat dan sebagian pedagang berjualan di badan jalan.",
      ),
      p(
        "Dalam penataan ini, sekitar 150 pedagang kaki lima akan dipindahkan ke zona kuliner yang ditata dengan gerobak seragam, tempat cuci, dan tempat sampah terpilah. Pedagang yang terdata tidak dikenai biaya sewa selama enam bulan pertama.",
      ),
      p(
        "“Kami tidak mengusir pedagang. Justru kami ingin mereka berjualan lebih nyaman, pembeli juga lebih aman,” kata Dewi.",
      ),
      p(
        "Satpol PP akan mendampingi proses pemindahan pedagang secara persuasif. Selama penataan, pengunjung diminta memarkir kendaraan di kantong parkir resmi yang telah disediakan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 14, at: "09.40", views: 1050, editor: "marlina" },
  },
  {
    title: "Samarinda Promosikan Wisata Sungai dan Tenun di Pameran Pariwisata Kalimantan Timur",
    category: "pariwisata",
    writer: "rina",
    dateline: "Balikpapan",
    excerpt:
      "Anjungan Samarinda menampilkan paket susur Sungai Mahakam, kampung tenun, dan kuliner khas. Sejumlah biro perjalanan menyatakan minat menjual paket wisata kota.",
    tags: ["festival", "umkm", "tepian-mahakam"],
    body: [
      p(
        "Pemerintah Kota Samarinda ikut serta dalam pameran pariwisata se-Kalimantan Timur yang digelar di Balikpapan. Anjungan Samarinda menampilkan paket wisata susur Sungai Mahakam, kampung tenun, wisata religi, dan kuliner khas kota.",
      ),
      p(
        "Pengunjung anjungan dapat mencoba menenun di alat tenun yang dibawa langsung dari Samarinda Seberang, mencicipi amplang dan bingka, serta mendapatkan peta wisata kota. Sejumlah penenun juga membuka penjualan langsung sarung tenun selama pameran.",
      ),
      p(
        "Kepala Disbudpar, Dewi Kartika Sari, mengungkapkan pameran ini dimanfaatkan untuk bertemu biro perjalanan dan maskapai. Sedikitnya enam biro perjalanan menyatakan minat memasukkan paket wisata Samarinda ke dalam program perjalanan mereka.",
      ),
      p(
        "“Banyak orang hanya melewati Samarinda dalam perjalanan ke daerah lain. Kami ingin mereka singgah setidaknya satu malam,” ujar Dewi.",
      ),
      p(
        "Selama tiga hari pameran, anjungan Samarinda dikunjungi lebih dari 4.000 orang dan transaksi produk UMKM yang dipamerkan mencapai sekitar Rp180 juta.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 115, at: "17.20", views: 390, editor: "yuniar" },
  },
];
