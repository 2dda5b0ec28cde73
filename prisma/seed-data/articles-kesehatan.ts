import { h, ol, p, quote, ul, type DemoArticle } from "./types";

export const KESEHATAN_ARTICLES: readonly DemoArticle[] = [
  {
    title: "Angka Stunting Turun, Pemkot Perkuat Pendampingan Keluarga Berisiko",
    category: "kesehatan",
    writer: "aisyah",
    dateline: "Samarinda",
    excerpt:
      "Hasil penimbangan serentak menunjukkan prevalensi stunting balita turun menjadi 17,8 persen. Pendampingan keluarga berisiko diperluas ke seluruh kelurahan.",
    tags: ["stunting", "posyandu", "wali-kota"],
    body: [
      p(
        "Hasil penimbangan dan pengukuran serentak balita di seluruh posyandu Kota Samarinda menunjukkan prevalensi stunting turun menjadi 17,8 persen, dari 21,3 persen pada pengukuran tahun sebelumnya. Meski menurun, pemerintah kota menilai angka tersebut masih perlu ditekan lebih jauh.",
      ),
      p(
        "Kepala Dinas Kesehatan Kota Samarinda, dr. Maria Ulfah, mengatakan penurunan ini tidak lepas dari kerja kader posyandu dan Tim Pendamping Keluarga yang rutin mengunjungi rumah ibu hamil dan balita berisiko. Menurutnya, pendampingan langsung terbukti lebih efektif dibanding penyuluhan massal.",
      ),
      h("Fokus pada seribu hari pertama kehidupan"),
      p("Tahun depan, pemerintah kota akan memperkuat tiga langkah utama:"),
      ol([
        "pemberian makanan tambahan berbahan pangan lokal bagi ibu hamil kurang energi kronis dan balita berat badan kurang;",
        "pemeriksaan kehamilan minimal enam kali, termasuk dua kali oleh dokter;",
        "pendampingan calon pengantin agar memeriksakan kesehatan tiga bulan sebelum menikah.",
      ]),
      quote(
        "Stunting tidak bisa diselesaikan oleh dinas kesehatan sendirian. Air bersih, jamban sehat, dan pendapatan keluarga sama pentingnya dengan gizi.",
        "dr. Maria Ulfah, Kepala Dinas Kesehatan Kota Samarinda",
      ),
      p(
        "Wali Kota meminta setiap camat dan lurah memantau data balita stunting di wilayahnya setiap bulan. Kelurahan dengan penurunan terbesar akan mendapat penghargaan dalam rapat koordinasi percepatan penurunan stunting akhir tahun.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 27, at: "09.50", views: 1650, editor: "yuniar" },
  },
  {
    title: "Orang Tua Diimbau Lengkapi Imunisasi Polio dan Campak Anak di Posyandu Terdekat",
    category: "kesehatan",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Dinas Kesehatan menemukan sekitar 4.100 anak belum mendapat imunisasi lengkap. Imunisasi kejar diberikan gratis di posyandu dan puskesmas.",
    tags: ["imunisasi", "posyandu", "puskesmas"],
    body: [
      p(
        "Dinas Kesehatan Kota Samarinda mengimbau orang tua segera melengkapi imunisasi polio dan campak-rubela anaknya. Hasil pendataan menunjukkan sekitar 4.100 anak usia di bawah lima tahun belum menerima imunisasi dasar lengkap.",
      ),
      p(
        "Kepala Bidang Pencegahan dan Pengendalian Penyakit, Rudi Hartono, menjelaskan bahwa sebagian anak terlambat imunisasi karena orang tuanya khawatir akan efek demam setelah penyuntikan. Ada pula yang berpindah tempat tinggal sehingga jadwal imunisasinya terputus.",
      ),
      p(
        "Untuk mengejar ketertinggalan itu, imunisasi kejar diberikan gratis di seluruh posyandu dan 26 puskesmas. Petugas juga mendatangi sekolah PAUD dan taman kanak-kanak dengan persetujuan orang tua.",
      ),
      p(
        "“Demam ringan setelah imunisasi itu wajar dan biasanya hilang dalam satu atau dua hari. Risiko anak tertular polio atau campak jauh lebih berbahaya,” ujar Rudi.",
      ),
      p(
        "Orang tua diminta membawa buku Kesehatan Ibu dan Anak (KIA) saat datang ke posyandu. Bagi yang bukunya hilang, petugas akan menelusuri riwayat imunisasi melalui catatan puskesmas.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 66, at: "08.30", views: 1190, editor: "marlina" },
  },
  {
    title: "Kader Posyandu Sungai Kunjang Dilatih Mengukur Tinggi Badan Balita dengan Tepat",
    category: "kesehatan",
    writer: "aisyah",
    dateline: "Sungai Kunjang",
    excerpt:
      "Kesalahan kecil dalam mengukur panjang badan bayi dapat membuat data stunting keliru. Sebanyak 180 kader posyandu berlatih menggunakan alat ukur standar.",
    tags: ["posyandu", "stunting"],
    body: [
      p(
        "Sebanyak 180 kader posyandu dari tujuh kelurahan di Kecamatan Sungai Kunjang mengikuti pelatihan pengukuran antropometri yang digelar Puskesmas Sungai Kunjang. Pelatihan ini bertujuan memastikan data tinggi dan berat badan balita yang dicatat di posyandu akurat.",
      ),
      p(
        "Penanggung jawab program gizi Puskesmas Sungai Kunjang, Fitriani, mengatakan selisih satu atau dua sentimeter dalam mengukur panjang badan bayi dapat membuat seorang anak keliru tergolong stunting atau sebaliknya luput dari perhatian.",
      ),
      p(
        "Dalam pelatihan, kader berlatih memosisikan bayi dengan benar di papan ukur, membaca timbangan digital, serta memasukkan hasilnya ke aplikasi pencatatan gizi. Setiap kader juga menerima satu set alat ukur standar yang diadakan melalui anggaran kelurahan.",
      ),
      quote(
        "Dulu kami mengukur dengan meteran jahit karena itu yang ada. Sekarang alatnya lengkap, dan kami tahu kenapa cara mengukurnya harus sama setiap bulan.",
        "Suriani, kader Posyandu Melati, Kelurahan Loa Bakung",
      ),
      p(
        "Camat Sungai Kunjang, Ahmad Ridwan, berharap kader yang telah dilatih dapat menularkan keterampilannya kepada kader lain di lingkungan masing-masing sehingga mutu pelayanan posyandu merata.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 83, at: "11.15", views: 430, editor: "wicaksono" },
  },
  {
    title: "Puskesmas Palaran Buka Layanan 24 Jam untuk Persalinan dan Gawat Darurat",
    category: "kesehatan",
    writer: "fadli",
    dateline: "Palaran",
    excerpt:
      "Warga Palaran tak perlu lagi menempuh perjalanan hingga satu jam ke pusat kota untuk persalinan dan penanganan gawat darurat pada malam hari.",
    tags: ["puskesmas", "pelayanan-publik"],
    body: [
      p(
        "Puskesmas Palaran kini melayani persalinan dan penanganan gawat darurat selama 24 jam. Sebelumnya, warga Kecamatan Palaran yang membutuhkan pertolongan pada malam hari harus menempuh perjalanan hingga satu jam menuju rumah sakit di pusat kota.",
      ),
      p(
        "Kepala Dinas Kesehatan Kota Samarinda, dr. Maria Ulfah, menuturkan layanan 24 jam ini didukung penambahan dua dokter umum, enam bidan, dan empat perawat yang bekerja bergantian dalam tiga sif. Puskesmas juga dilengkapi ruang bersalin baru dan satu unit ambulans siaga.",
      ),
      p(
        "Untuk kasus yang tidak dapat ditangani di puskesmas, petugas akan merujuk pasien ke rumah sakit rujukan dengan pendampingan tenaga kesehatan. Layanan ini dapat diakses peserta BPJS Kesehatan maupun warga yang belum terdaftar dengan jaminan dari pemerintah kota.",
      ),
      p(
        "“Ibu hamil di Palaran yang tinggal jauh dari jalan utama paling diuntungkan. Waktu tempuh menentukan keselamatan ibu dan bayi,” kata Maria.",
      ),
      p(
        "Warga dapat menghubungi nomor layanan gawat darurat puskesmas yang tertera di papan informasi kantor kelurahan, atau datang langsung ke Unit Gawat Darurat Puskesmas Palaran.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 50, at: "13.10", views: 2240, editor: "yuniar" },
  },
  {
    title: "Waspada Demam Berdarah di Musim Hujan, Dinkes Gencarkan Gerakan Satu Rumah Satu Jumantik",
    category: "kesehatan",
    writer: "rina",
    dateline: "Samarinda",
    excerpt:
      "Kasus demam berdarah dengue meningkat seiring musim hujan. Setiap rumah diminta menunjuk satu anggota keluarga untuk memeriksa jentik nyamuk setiap pekan.",
    tags: ["puskesmas", "banjir"],
    body: [
      p(
        "Dinas Kesehatan Kota Samarinda meminta warga mewaspadai peningkatan kasus demam berdarah dengue (DBD) selama musim hujan. Dalam sebulan terakhir tercatat 86 kasus DBD, naik dibanding bulan sebelumnya yang berjumlah 41 kasus.",
      ),
      p(
        "Untuk menekan penularan, Dinas Kesehatan menggencarkan Gerakan Satu Rumah Satu Juru Pemantau Jentik (Jumantik). Setiap keluarga diminta menunjuk satu anggota rumah tangga untuk memeriksa tempat penampungan air dan barang bekas di sekitar rumah sekali sepekan.",
      ),
      p("Warga juga diimbau menerapkan langkah 3M Plus:"),
      ul([
        "menguras bak mandi dan tempat penampungan air;",
        "menutup rapat wadah penyimpanan air;",
        "mendaur ulang atau memanfaatkan barang bekas yang dapat menampung air hujan;",
        "memakai losion antinyamuk dan memasang kawat kasa pada ventilasi.",
      ]),
      p(
        "Kepala Dinas Kesehatan, dr. Maria Ulfah, mengingatkan bahwa pengasapan atau fogging hanya membunuh nyamuk dewasa dan tidak dilakukan tanpa hasil penyelidikan epidemiologi. Pemberantasan sarang nyamuk tetap menjadi cara paling ampuh.",
      ),
      p(
        "Warga yang mengalami demam tinggi mendadak selama dua hingga tujuh hari disertai nyeri kepala, nyeri otot, atau bintik merah pada kulit diminta segera memeriksakan diri ke puskesmas terdekat.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 6, at: "08.45", views: 1980, editor: "wicaksono" },
  },
  {
    title: "Ratusan Warga Lanjut Usia di Samarinda Seberang Ikuti Pemeriksaan Kesehatan Gratis",
    category: "kesehatan",
    writer: "prabawati",
    dateline: "Samarinda Seberang",
    excerpt:
      "Pemeriksaan tekanan darah, gula darah, kolesterol, dan mata dilakukan di Posbindu Kelurahan Mesjid. Warga yang membutuhkan kacamata dibantu secara gratis.",
    tags: ["puskesmas", "posyandu"],
    body: [
      p(
        "Sebanyak 312 warga lanjut usia di Kecamatan Samarinda Seberang mengikuti pemeriksaan kesehatan gratis yang digelar Puskesmas Baqa bersama Tim Penggerak PKK kecamatan. Kegiatan berlangsung di halaman Kantor Kelurahan Mesjid sejak pagi hari.",
      ),
      p(
        "Pemeriksaan meliputi tekanan darah, kadar gula darah, kolesterol, asam urat, serta pemeriksaan mata. Warga yang membutuhkan kacamata baca mendapatkannya secara gratis, sementara warga dengan hasil pemeriksaan tidak normal dirujuk ke puskesmas untuk pemeriksaan lanjutan.",
      ),
      p(
        "Kepala Puskesmas Baqa, dr. Novita Sari, mengatakan hampir separuh peserta memiliki tekanan darah tinggi, dan sebagian besar belum rutin minum obat. Ia mengajak keluarga lebih aktif mendampingi orang tua memeriksakan diri ke Posbindu setiap bulan.",
      ),
      quote(
        "Banyak orang tua kita merasa sehat karena tidak ada keluhan, padahal tekanan darahnya tinggi. Pemeriksaan rutin mencegah stroke dan serangan jantung.",
        "dr. Novita Sari, Kepala Puskesmas Baqa",
      ),
      p(
        "Pemeriksaan kesehatan lansia serupa akan digelar bergiliran di kecamatan lain. Jadwalnya diumumkan melalui kader posyandu dan ketua RT setempat.",
      ),
    ],
    timing: { status: "PUBLISHED", daysAgo: 118, at: "12.40", views: 310, editor: "marlina" },
  },
];
