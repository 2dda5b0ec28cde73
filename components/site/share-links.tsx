import { CopyLinkButton } from "./copy-link-button";

type ShareLinksProps = { url: string; title: string };

/**
 * Plain share links: no third-party scripts, no tracking pixels. Each opens the
 * network's own share page in a new tab.
 */
export function ShareLinks({ url, title }: ShareLinksProps) {
  const encodedUrl = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  const links = [
    { name: "WhatsApp", href: `https://wa.me/?text=${text}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    { name: "X", href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodeURIComponent(title)}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${encodedUrl}&text=${encodeURIComponent(title)}` },
  ];
  return (
    <section aria-labelledby="bagikan" className="no-print mt-8 border-t border-line pt-4">
      <h2 id="bagikan" className="text-sm font-bold text-muted">
        Bagikan berita ini
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-block rounded border border-line px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {link.name}
              <span className="sr-only"> (membuka tab baru)</span>
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
