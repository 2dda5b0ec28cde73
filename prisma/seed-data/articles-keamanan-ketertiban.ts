import { h, p, quote, ul, type DemoArticle } from "./types";

export const KEAMANAN_KETERTIBAN_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Satpol PP Tertibkan 340 Reklame Tanpa Izin di Jalan Protokol",
    category: "keamanan-ketertiban",
    writer: "agus",
    dateline: "Samarinda",
    excerpt:
      "Spanduk, baliho, dan papan reklame yang dipasang tanpa izin atau menempel di pohon dan tiang listrik diturunkan. Pemilik dapat mengambil kembali materi reklame di kantor Satpol PP.",
    tags: ["satpol-pp"],
    body: [
      p(
        "Satuan Polisi Pamong Praja (Satpol PP) Kota Samarinda menertibkan sekitar 340 reklame tanpa izin di sejumlah jalan protokol. Penertiban menyasar spanduk, baliho, dan papan reklame yang dipasang di pohon, tiang listrik, jembatan penyeberangan, dan median jalan.",
      ),
      p(
        "Kepala Satpol PP Kota Samarinda, Agung Prasetyo, mengatakan reklame liar tidak hanya merusak wajah kota, tetapi juga membahayakan pengendara ketika roboh diterpa angin atau menutupi rambu lalu lintas.",
      ),
      p(
        "Penertiban dilakukan bersama Badan Pendapatan Daerah dan Dinas PUPR di Jalan Slamet Riyadi, Jalan Gajah Mada, Jalan Juanda, Jalan Antasari, dan Jalan M. Yamin. Reklame yang diturunkan disimpan di gudang Satpol PP dan dapat diambil kembali oleh pemiliknya dalam waktu 30 hari.",
      ),
      p(
        "“Silakan beriklan, itu hak pelaku usaha. Tapi urus izinnya, bayar pajaknya, dan pasang di tempat yang memang diperuntukkan,” tegas Agung.",
      ),
      p(
        "Agung menambahkan, pelaku usaha dapat mengurus izin reklame di Mal Pelayanan Publik atau secara daring. Penertiban akan dilakukan rutin setiap bulan, dan pelanggar berulang akan dikenai sanksi administratif.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 68, at: "14.40", views: 830, editor: "wicaksono" },
  },
  {
    title: "BPBD Siagakan Personel dan Perahu Karet di Kawasan Rawan Banjir",
    category: "keamanan-ketertiban",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Curah hujan tinggi diperkirakan berlangsung hingga beberapa pekan ke depan. BPBD menyiagakan 120 personel, 14 perahu karet, dan posko di enam kecamatan.",
    tags: ["banjir", "sungai-karang-mumus"],
    body: [
      p(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kota Samarinda menyiagakan 120 personel dan 14 perahu karet di kawasan rawan banjir. Langkah ini diambil menyusul prakiraan curah hujan tinggi yang diperkirakan berlangsung hingga beberapa pekan ke depan.",
      ),
      p(
        "Kepala BPBD Kota Samarinda, Syahrir Lamba, mengatakan posko siaga didirikan di enam kecamatan yang paling sering terdampak, yakni Samarinda Utara, Sungai Pinang, Samarinda Ulu, Samarinda Ilir, Sambutan, dan Palaran. Posko beroperasi 24 jam dan terhubung dengan pusat pengendalian operasi BPBD.",
      ),
      h("Imbauan bagi warga"),
      ul([
        "simpan dokumen penting dalam wadah kedap air di tempat yang tinggi;",
        "matikan aliran listrik dari meteran bila air mulai masuk rumah;",
        "utamakan evakuasi anak-anak, lansia, ibu hamil, dan penyandang disabilitas;",
        "pantau informasi cuaca dan tinggi muka air dari kanal resmi pemerintah kota.",
      ]),
      quote(
        "Kami minta warga tidak menunggu air setinggi lutut baru mengungsi. Begitu petugas atau ketua RT meminta, segera bergerak.",
        "Syahrir Lamba, Kepala BPBD Kota Samarinda",
      ),
      p(
        "BPBD juga berkoordinasi dengan Dinas PUPR untuk memastikan pompa air di sejumlah titik berfungsi dan pintu air dioperasikan sesuai ketinggian muka air Sungai Mahakam. Warga dapat melaporkan kejadian banjir melalui layanan panggilan darurat 112.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 0, at: "08.40", views: 1350, editor: "yuniar" },
  },
  {
    title: "Damkar Imbau Warga Periksa Instalasi Listrik Setelah Rentetan Kebakaran Permukiman",
    category: "keamanan-ketertiban",
    writer: "fadli",
    dateline: "Samarinda",
    excerpt:
      "Sebagian besar kebakaran permukiman dalam dua bulan terakhir dipicu korsleting listrik. Petugas membuka layanan pemeriksaan instalasi listrik gratis bagi rumah tangga.",
    tags: ["kebakaran"],
    body: [
      p(
        "Dinas Pemadam Kebakaran dan Penyelamatan Kota Samarinda mengimbau warga memeriksa instalasi listrik di rumah masing-masing. Imbauan ini disampaikan setelah terjadi sembilan kebakaran permukiman dalam dua bulan terakhir, tujuh di antaranya diduga dipicu korsleting listrik.",
      ),
      p(
        "Kepala Dinas Pemadam Kebakaran dan Penyelamatan, Edi Santoso, mengungkapkan banyak rumah di permukiman padat menggunakan kabel yang sudah berumur lebih dari sepuluh tahun, dengan sambungan yang tidak sesuai standar dan stopkontak yang dibebani terlalu banyak peralatan.",
      ),
      p("Warga diimbau melakukan langkah pencegahan berikut:"),
      ul([
        "ganti kabel yang terkelupas, meleleh, atau terasa panas;",
        "hindari menumpuk banyak steker pada satu stopkontak;",
        "cabut peralatan listrik yang tidak digunakan, terutama saat meninggalkan rumah;",
        "gunakan peralatan listrik berlabel SNI dan pasang pemutus arus yang sesuai;",
        "sediakan alat pemadam api ringan dan ketahui nomor darurat 113.",
      ]),
      p(
        "“Rumah-rumah kayu di permukiman padat bisa habis dalam hitungan menit. Pencegahan jauh lebih murah daripada memadamkan,” kata Edi.",
      ),
      p(
        "Bekerja sama dengan penyedia listrik dan asosiasi instalatir, dinas membuka layanan pemeriksaan instalasi listrik gratis bagi rumah tangga berdaya rendah. Warga dapat mendaftar melalui kantor kelurahan.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 24, at: "16.00", views: 1370, editor: "marlina" },
  },
  {
    title: "Dishub Terapkan Parkir Nontunai di Lima Ruas Jalan Pusat Kota",
    category: "keamanan-ketertiban",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Pembayaran parkir di tepi jalan kini dapat dilakukan dengan kode QR. Juru parkir resmi mengenakan rompi dan kartu identitas yang dapat diperiksa warga.",
    tags: ["pelayanan-publik"],
    body: [
      p(
        "Dinas Perhubungan (Dishub) Kota Samarinda mulai menerapkan pembayaran parkir nontunai di lima ruas jalan pusat kota, yakni Jalan Pahlawan, Jalan Agus Salim, Jalan Niaga, Jalan Panglima Batur, dan Jalan Imam Bonjol. Pengendara dapat membayar parkir dengan memindai kode QR yang dibawa juru parkir.",
      ),
      p(
        "Kepala Dishub, Teguh Wiranata, mengatakan penerapan parkir nontunai bertujuan menutup kebocoran retribusi dan memberikan kepastian tarif kepada pengguna jasa parkir. Tarif tetap sesuai peraturan daerah, yakni Rp2.000 untuk sepeda motor dan Rp5.000 untuk mobil.",
      ),
      p(
        "Juru parkir resmi kini mengenakan rompi berwarna oranye dengan nomor registrasi dan kartu identitas yang dapat diperiksa warga. Pengendara yang masih ingin membayar tunai tetap dilayani dan berhak meminta karcis resmi.",
      ),
      quote(
        "Kalau juru parkir tidak berompi dan tidak punya kartu, jangan dibayar dan silakan laporkan. Itu juru parkir liar.",
        "Teguh Wiranata, Kepala Dinas Perhubungan Kota Samarinda",
      ),
      p(
        "Dishub menargetkan parkir nontunai diperluas ke 20 ruas jalan lainnya secara bertahap. Laporan tentang juru parkir liar atau tarif yang tidak sesuai dapat disampaikan melalui aplikasi Lapor Warga.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 54, at: "11.25", views: 1630, editor: "wicaksono" },
  },
];
