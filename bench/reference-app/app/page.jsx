// A static page: prerendered at build time, like the simplest page any Next site serves.
export default function Page() {
  return <p>Halaman referensi untuk pengukuran beban.</p>;
}
