type SiteFooterProps = {
  siteName: string;
  publisher: string;
  contact: { email: string; phone: string; address: string };
  year: number;
};

export function SiteFooter({ siteName, publisher, contact, year }: SiteFooterProps) {
  return (
    <footer className="no-print mt-16 border-t border-line bg-wash text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="font-serif text-lg font-bold text-brand-800">{siteName}</p>
          <p>Dikelola oleh {publisher}.</p>
        </div>
        <address className="not-italic">
          <p>{contact.address}</p>
          <p>
            Telepon: {contact.phone} · Surel:{" "}
            <a className="text-brand-700 underline" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </p>
        </address>
      </div>
      <p className="border-t border-line py-4 text-center">
        © {year} {publisher}
      </p>
    </footer>
  );
}
