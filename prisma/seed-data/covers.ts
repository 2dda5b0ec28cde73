import type { DemoCategorySlug } from "./types";

/**
 * Illustrated demo covers, drawn here as SVG and rasterised by the seed (our own
 * markup, never a user's). Flat shapes in the style of a city-government poster:
 * a sky, a far bank of the Mahakam, and one subject in front. No text, so no fonts.
 */

export interface DemoCover {
  /** Stable name; the seed derives the Media id from it, so re-runs find it. */
  key: string;
  alt: string;
  /** Shown under the image on the article page. */
  caption: string;
  categories: readonly DemoCategorySlug[];
  svg: string;
}

const W = 1600;
const H = 900;

interface Palette {
  skyTop: string;
  skyBottom: string;
  sun: string;
  far: string;
  near: string;
  water: string;
}

const DAY: Palette = {
  skyTop: "#6fb7e8",
  skyBottom: "#d9f0fb",
  sun: "#fff4c2",
  far: "#8fb7a4",
  near: "#4f8a6e",
  water: "#4a8fb8",
};
const DUSK: Palette = {
  skyTop: "#3b3f8f",
  skyBottom: "#f6a35c",
  sun: "#ffd27a",
  far: "#7a5c8e",
  near: "#3d3566",
  water: "#5a5a9e",
};
const MORNING: Palette = {
  skyTop: "#f7b7a3",
  skyBottom: "#fde7c8",
  sun: "#fff1d6",
  far: "#c99a86",
  near: "#8f6f6a",
  water: "#d48f7f",
};
const NIGHT: Palette = {
  skyTop: "#0d1b3d",
  skyBottom: "#2f4a7a",
  sun: "#f3f0d8",
  far: "#1f3358",
  near: "#142544",
  water: "#25406e",
};
const FOREST: Palette = {
  skyTop: "#9fd8c8",
  skyBottom: "#eef8e6",
  sun: "#fffbe0",
  far: "#6fae86",
  near: "#2f6b4a",
  water: "#3f8f8a",
};

function backdrop(p: Palette, id: string, options: { sunX?: number; sunY?: number; stars?: boolean } = {}): string {
  const sunX = options.sunX ?? 1220;
  const sunY = options.sunY ?? 260;
  const stars = options.stars
    ? Array.from({ length: 40 }, (_, index) => {
        const x = (index * 397) % W;
        const y = (index * 131) % 380;
        return `<circle cx="${x}" cy="${y}" r="${1 + (index % 3)}" fill="#ffffff" opacity="0.7"/>`;
      }).join("")
    : "";
  return `
  <defs>
    <linearGradient id="${id}-sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/>
    </linearGradient>
    <radialGradient id="${id}-glow">
      <stop offset="0" stop-color="${p.sun}" stop-opacity="0.9"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#${id}-sky)"/>
  ${stars}
  <circle cx="${sunX}" cy="${sunY}" r="260" fill="url(#${id}-glow)"/>
  <circle cx="${sunX}" cy="${sunY}" r="90" fill="${p.sun}"/>
  <path d="M0 600 C 220 540 380 560 560 590 S 980 520 1200 565 S 1480 590 1600 560 L1600 900 L0 900 Z" fill="${p.far}"/>`;
}

function river(p: Palette, top = 690): string {
  return `<rect y="${top}" width="${W}" height="${H - top}" fill="${p.water}"/>
  ${[0, 1, 2, 3, 4]
    .map(
      (row) =>
        `<rect x="${120 + ((row * 290) % 1200)}" y="${top + 30 + row * 38}" width="${180 - row * 12}" height="5" rx="2.5" fill="#ffffff" opacity="0.35"/>`,
    )
    .join("")}`;
}

function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}

/** A row of simple towers, seeded so each skyline differs. */
function skyline(color: string, baseY: number, seed: number, windows?: string): string {
  let x = 0;
  let index = 0;
  const parts: string[] = [];
  while (x < W) {
    const width = 60 + ((seed * 31 + index * 47) % 90);
    const height = 90 + ((seed * 17 + index * 71) % 230);
    parts.push(`<rect x="${x}" y="${baseY - height}" width="${width - 8}" height="${height}" fill="${color}"/>`);
    if (windows) {
      for (let wy = baseY - height + 18; wy < baseY - 20; wy += 34) {
        for (let wx = x + 12; wx < x + width - 26; wx += 22) {
          if ((wx * 7 + wy * 3 + seed) % 5 < 2)
            parts.push(`<rect x="${wx}" y="${wy}" width="9" height="14" fill="${windows}"/>`);
        }
      }
    }
    x += width;
    index += 1;
  }
  return parts.join("");
}

function balaiKota(): string {
  const columns = Array.from(
    { length: 8 },
    (_, i) => `<rect x="${548 + i * 66}" y="470" width="22" height="190" fill="#f4efe4"/>`,
  ).join("");
  return `${backdrop(DAY, "bk")}
  <rect x="0" y="660" width="${W}" height="240" fill="#7fae6e"/>
  <rect x="380" y="460" width="840" height="210" fill="#e8dfcc"/>
  <polygon points="500,470 800,360 1100,470" fill="#d9cdb4"/>
  <rect x="520" y="460" width="560" height="14" fill="#c8b998"/>
  ${columns}
  <rect x="740" y="280" width="120" height="90" fill="#e8dfcc"/>
  <path d="M730 285 Q800 170 870 285 Z" fill="#3f7d5c"/>
  <rect x="797" y="140" width="6" height="70" fill="#5b5b5b"/>
  <rect x="803" y="142" width="60" height="20" fill="#d62828"/><rect x="803" y="162" width="60" height="20" fill="#ffffff"/>
  <rect x="340" y="660" width="920" height="26" fill="#cfc4ad"/>
  <rect x="300" y="686" width="1000" height="24" fill="#bfb295"/>
  ${[200, 1400].map((x) => `<circle cx="${x}" cy="600" r="70" fill="#3f7d4f"/><rect x="${x - 8}" y="620" width="16" height="60" fill="#6b4f3a"/>`).join("")}`;
}

function pasar(): string {
  const colors = ["#e63946", "#f4a261", "#2a9d8f", "#e9c46a", "#457b9d"];
  const stalls = colors
    .map((color, i) => {
      const x = 120 + i * 280;
      const stripes = Array.from(
        { length: 5 },
        (_, s) => `<rect x="${x + s * 48}" y="470" width="24" height="60" fill="#ffffff" opacity="0.55"/>`,
      ).join("");
      const goods = Array.from(
        { length: 6 },
        (_, g) => `<circle cx="${x + 30 + g * 36}" cy="610" r="16" fill="${colors[(i + g + 1) % colors.length]}"/>`,
      ).join("");
      return `<rect x="${x + 10}" y="520" width="220" height="200" fill="#f1e3c8"/>
      <path d="M${x} 470 L${x + 240} 470 L${x + 255} 530 L${x - 15} 530 Z" fill="${color}"/>${stripes}
      <rect x="${x + 10}" y="625" width="220" height="95" fill="#b07d4f"/>${goods}`;
    })
    .join("");
  return `${backdrop(MORNING, "ps", { sunX: 300, sunY: 240 })}
  <rect y="720" width="${W}" height="180" fill="#caa982"/>${stalls}`;
}

function rumahSakit(): string {
  const windows = Array.from({ length: 4 }, (_, row) =>
    Array.from(
      { length: 8 },
      (_, col) => `<rect x="${560 + col * 64}" y="${360 + row * 80}" width="38" height="46" rx="4" fill="#9ed0e6"/>`,
    ).join(""),
  ).join("");
  return `${backdrop(DAY, "rs", { sunX: 260, sunY: 220 })}
  <rect y="700" width="${W}" height="200" fill="#8cc084"/>
  <rect x="520" y="300" width="560" height="400" fill="#f7f7f2"/>
  <rect x="520" y="300" width="560" height="26" fill="#2a9d8f"/>
  ${windows}
  <rect x="740" y="600" width="120" height="100" fill="#2a9d8f"/>
  <rect x="770" y="170" width="60" height="150" rx="8" fill="#e63946"/><rect x="725" y="215" width="150" height="60" rx="8" fill="#e63946"/>
  <rect x="1120" y="520" width="220" height="180" fill="#eceae0"/><rect x="260" y="540" width="220" height="160" fill="#eceae0"/>
  <rect x="1150" y="560" width="160" height="60" fill="#9ed0e6"/><rect x="290" y="580" width="160" height="50" fill="#9ed0e6"/>`;
}

function sekolah(): string {
  const windows = Array.from(
    { length: 7 },
    (_, i) =>
      `<rect x="${330 + i * 140}" y="520" width="80" height="90" fill="#fff8dc"/><rect x="${368 + i * 140}" y="520" width="4" height="90" fill="#8d6e63"/>`,
  ).join("");
  return `${backdrop(MORNING, "sk", { sunX: 1300, sunY: 200 })}
  <rect y="700" width="${W}" height="200" fill="#9ccc65"/>
  <rect x="280" y="480" width="1040" height="220" fill="#f2d16b"/>
  <polygon points="250,480 800,330 1350,480" fill="#b5533c"/>
  ${windows}
  <rect x="760" y="600" width="80" height="100" fill="#8d6e63"/>
  <rect x="140" y="330" width="8" height="370" fill="#757575"/>
  <rect x="148" y="335" width="90" height="30" fill="#d62828"/><rect x="148" y="365" width="90" height="30" fill="#ffffff"/>
  <circle cx="1440" cy="620" r="80" fill="#558b2f"/><rect x="1432" y="660" width="16" height="60" fill="#6d4c41"/>`;
}

function jembatan(): string {
  const cables = Array.from({ length: 14 }, (_, i) => {
    const x = 300 + i * 72;
    const sag = 300 + Math.round(180 * Math.sin((Math.PI * (i + 0.5)) / 14));
    return `<rect x="${x}" y="${sag}" width="3" height="${600 - sag}" fill="#c1121f"/>`;
  }).join("");
  return `${backdrop(DUSK, "jb", { sunX: 800, sunY: 520 })}
  ${river(DUSK, 640)}
  <rect x="0" y="600" width="${W}" height="22" fill="#2b2d42"/>
  <rect x="270" y="250" width="28" height="390" fill="#c1121f"/><rect x="1302" y="250" width="28" height="390" fill="#c1121f"/>
  <path d="M0 600 Q140 520 284 260 Q800 620 1316 260 Q1460 520 1600 600" fill="none" stroke="#c1121f" stroke-width="10"/>
  ${cables}
  <rect x="0" y="622" width="${W}" height="10" fill="#1b1c2e"/>`;
}

function masjid(): string {
  return `${backdrop(DUSK, "mj", { sunX: 1250, sunY: 300 })}
  ${river(DUSK, 720)}
  <rect x="400" y="500" width="800" height="220" fill="#f1ede4"/>
  <path d="M560 500 Q800 180 1040 500 Z" fill="#2e8b57"/>
  <rect x="796" y="200" width="8" height="70" fill="#d4af37"/><circle cx="800" cy="196" r="12" fill="#d4af37"/>
  ${[470, 1130].map((x) => `<path d="M${x - 60} 520 Q${x} 400 ${x + 60} 520 Z" fill="#2e8b57"/>`).join("")}
  ${[300, 1300].map((x) => `<rect x="${x - 22}" y="260" width="44" height="460" fill="#f1ede4"/><path d="M${x - 30} 270 Q${x} 180 ${x + 30} 270 Z" fill="#2e8b57"/><rect x="${x - 30}" y="380" width="60" height="14" fill="#d9d2c1"/>`).join("")}
  ${Array.from({ length: 9 }, (_, i) => `<path d="M${450 + i * 80} 720 L${450 + i * 80} 620 Q${480 + i * 80} 580 ${510 + i * 80} 620 L${510 + i * 80} 720 Z" fill="#7a6a58"/>`).join("")}`;
}

function hutanKota(): string {
  const tree = (x: number, y: number, scale: number, color: string) =>
    `<rect x="${x - 6 * scale}" y="${y}" width="${12 * scale}" height="${80 * scale}" fill="#5d4037"/><polygon points="${x},${y - 170 * scale} ${x - 70 * scale},${y + 10} ${x + 70 * scale},${y + 10}" fill="${color}"/><polygon points="${x},${y - 230 * scale} ${x - 50 * scale},${y - 100 * scale} ${x + 50 * scale},${y - 100 * scale}" fill="${color}"/>`;
  const back = Array.from({ length: 14 }, (_, i) => tree(60 + i * 120, 600, 0.8, "#3f8f5f")).join("");
  const front = Array.from({ length: 9 }, (_, i) => tree(100 + i * 185, 700, 1.15, "#1f5e3b")).join("");
  return `${backdrop(FOREST, "hk", { sunX: 400, sunY: 220 })}
  ${back}
  <rect y="760" width="${W}" height="140" fill="#3f8f8a"/>
  ${front}`;
}

function stadion(): string {
  const lanes = Array.from(
    { length: 6 },
    (_, i) =>
      `<ellipse cx="800" cy="760" rx="${700 - i * 40}" ry="${150 - i * 12}" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.8"/>`,
  ).join("");
  return `${backdrop(DAY, "st", { sunX: 1350, sunY: 180 })}
  <path d="M100 560 Q800 380 1500 560 L1500 640 L100 640 Z" fill="#1d3557"/>
  ${Array.from({ length: 6 }, (_, i) => `<path d="M${140 + i * 10} ${560 - i * 2} Q800 ${400 + i * 20} ${1460 - i * 10} ${560 - i * 2}" fill="none" stroke="#${i % 2 ? "e63946" : "f1faee"}" stroke-width="10"/>`).join("")}
  ${[220, 1380].map((x) => `<rect x="${x}" y="300" width="10" height="280" fill="#adb5bd"/><rect x="${x - 40}" y="290" width="90" height="40" fill="#e9ecef"/>`).join("")}
  <rect y="620" width="${W}" height="280" fill="#c4553a"/>
  <ellipse cx="800" cy="760" rx="560" ry="100" fill="#57a773"/>
  ${lanes}`;
}

function wisataSungai(): string {
  return `${backdrop(DUSK, "ws", { sunX: 500, sunY: 470 })}
  ${river(DUSK, 600)}
  <path d="M0 600 C 300 560 500 580 700 600 Z" fill="${DUSK.near}"/>
  <path d="M960 720 L1440 720 L1390 770 L1010 770 Z" fill="#3a2e39"/>
  <rect x="1040" y="660" width="320" height="60" fill="#f2c14e"/>
  ${Array.from({ length: 6 }, (_, i) => `<rect x="${1055 + i * 50}" y="672" width="30" height="26" fill="#8b3a3a"/>`).join("")}
  <path d="M1020 660 L1380 660 L1350 630 L1050 630 Z" fill="#c0392b"/>
  <path d="M200 720 L420 720 L390 750 L230 750 Z" fill="#2b2233"/><rect x="300" y="650" width="4" height="70" fill="#2b2233"/><path d="M304 655 L360 705 L304 705 Z" fill="#f6e7c1"/>`;
}

function kotaMalam(): string {
  const lamps = Array.from({ length: 6 }, (_, i) => {
    const x = 140 + i * 270;
    return `<rect x="${x}" y="600" width="8" height="160" fill="#adb5bd"/><rect x="${x}" y="600" width="50" height="8" fill="#adb5bd"/><circle cx="${x + 50}" cy="614" r="40" fill="#ffe8a3" opacity="0.25"/><circle cx="${x + 50}" cy="614" r="10" fill="#ffe8a3"/>`;
  }).join("");
  return `${backdrop(NIGHT, "km", { sunX: 1320, sunY: 150, stars: true })}
  ${skyline("#1a2a4a", 700, 3, "#ffd166")}
  <rect y="700" width="${W}" height="200" fill="#2b2d42"/>
  ${Array.from({ length: 10 }, (_, i) => `<rect x="${40 + i * 165}" y="800" width="90" height="10" fill="#ffffff" opacity="0.7"/>`).join("")}
  ${lamps}`;
}

function kotaSiang(): string {
  return `${backdrop(DAY, "ks", { sunX: 260, sunY: 180 })}
  ${skyline("#5c7a99", 680, 7)}
  ${skyline("#36536f", 700, 11, "#cde6f5")}
  ${river(DAY, 700)}`;
}

function jalanBaru(): string {
  return `${backdrop(MORNING, "jl", { sunX: 800, sunY: 380 })}
  <rect y="560" width="${W}" height="340" fill="#8fb66a"/>
  <polygon points="700,560 900,560 1500,900 100,900" fill="#4a4e69"/>
  ${[0, 1, 2, 3]
    .map((i) => {
      const y = 590 + i * i * 28 + i * 40;
      const w = 8 + i * 10;
      return `<rect x="${800 - w / 2}" y="${y}" width="${w}" height="${20 + i * 18}" fill="#f2e8cf"/>`;
    })
    .join("")}
  <polygon points="690,560 700,560 110,900 80,900" fill="#f2e8cf"/><polygon points="900,560 910,560 1520,900 1490,900" fill="#f2e8cf"/>
  <rect x="1180" y="470" width="20" height="160" fill="#f4a261"/><polygon points="1130,480 1250,480 1190,400" fill="#e76f51"/>`;
}

/** Returns the cover list; the SVG is built on call so importing the data stays cheap. */
export function demoCovers(): DemoCover[] {
  return [
    {
      key: "balai-kota",
      categories: ["pemerintahan"],
      svg: svg(balaiKota()),
      alt: "Ilustrasi gedung balai kota bertiang putih dengan kubah hijau dan bendera merah putih di bawah langit cerah",
      caption: "Ilustrasi: Balai Kota Samarinda",
    },
    {
      key: "pasar",
      categories: ["ekonomi"],
      svg: svg(pasar()),
      alt: "Ilustrasi deretan lapak pasar tradisional beratap warna-warni dengan dagangan sayur dan buah",
      caption: "Ilustrasi: suasana pasar tradisional",
    },
    {
      key: "rumah-sakit",
      categories: ["kesehatan"],
      svg: svg(rumahSakit()),
      alt: "Ilustrasi gedung rumah sakit putih bertanda palang merah di atapnya",
      caption: "Ilustrasi: layanan kesehatan kota",
    },
    {
      key: "sekolah",
      categories: ["pendidikan"],
      svg: svg(sekolah()),
      alt: "Ilustrasi gedung sekolah beratap merah dengan tiang bendera di halaman pada pagi hari",
      caption: "Ilustrasi: gedung sekolah",
    },
    {
      key: "jembatan",
      categories: ["infrastruktur"],
      svg: svg(jembatan()),
      alt: "Ilustrasi jembatan gantung merah membentang di atas Sungai Mahakam saat senja",
      caption: "Ilustrasi: jembatan di atas Sungai Mahakam",
    },
    {
      key: "jalan",
      categories: ["infrastruktur"],
      svg: svg(jalanBaru()),
      alt: "Ilustrasi jalan beraspal baru yang membentang lurus ke cakrawala dengan rambu perbaikan jalan",
      caption: "Ilustrasi: pembangunan jalan kota",
    },
    {
      key: "masjid",
      categories: ["sosial-budaya"],
      svg: svg(masjid()),
      alt: "Ilustrasi masjid berkubah hijau dengan dua menara di tepi sungai saat matahari terbenam",
      caption: "Ilustrasi: masjid di tepi Sungai Mahakam",
    },
    {
      key: "hutan-kota",
      categories: ["lingkungan"],
      svg: svg(hutanKota()),
      alt: "Ilustrasi hutan kota dengan deretan pohon hijau di tepi danau",
      caption: "Ilustrasi: ruang terbuka hijau kota",
    },
    {
      key: "stadion",
      categories: ["olahraga"],
      svg: svg(stadion()),
      alt: "Ilustrasi stadion dengan lapangan hijau dan lintasan lari berwarna merah bata",
      caption: "Ilustrasi: stadion kota",
    },
    {
      key: "wisata-sungai",
      categories: ["pariwisata"],
      svg: svg(wisataSungai()),
      alt: "Ilustrasi kapal wisata kuning berlayar di Sungai Mahakam saat senja",
      caption: "Ilustrasi: wisata susur Sungai Mahakam",
    },
    {
      key: "kota-malam",
      categories: ["keamanan-ketertiban"],
      svg: svg(kotaMalam()),
      alt: "Ilustrasi jalan kota pada malam hari diterangi lampu jalan dengan gedung-gedung berjendela terang",
      caption: "Ilustrasi: suasana kota pada malam hari",
    },
    {
      key: "kota-siang",
      categories: ["pemerintahan", "ekonomi", "pariwisata"],
      svg: svg(kotaSiang()),
      alt: "Ilustrasi gedung-gedung kota berwarna biru di tepi sungai pada siang hari",
      caption: "Ilustrasi: Kota Samarinda dari tepi sungai",
    },
  ];
}
