// The only script of the public pages (README, "What ships to the browser"): the few things
// a reader's browser does beyond reading, in plain JavaScript. Every page works without it.
// Served as is, from public/: keep it small, and in syntax every browser the readers use
// understands (no modules, no build step).
(function () {
  "use strict";

  // The copy-link button: rendered hidden, shown only here, where it can work.
  function setUpCopyLinks() {
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      var status = button.parentElement && button.parentElement.querySelector("[data-copy-status]");
      button.hidden = false;
      button.addEventListener("click", function () {
        var say = function (text) {
          if (status) status.textContent = text;
        };
        if (!navigator.clipboard) return say("Gagal menyalin; salin dari bilah alamat.");
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
          function () {
            say("Tautan disalin.");
          },
          function () {
            say("Gagal menyalin; salin dari bilah alamat.");
          },
        );
      });
    });
  }

  // The view beacon (components/site/view-beacon.tsx): tells the server once that a person
  // is looking at the article, only while the page is visible (not a background tab, not
  // while the browser prerenders it), with the page's view token. The answer's fresh total
  // replaces the count the cached page was rendered with. No cookies, nothing third-party.
  function setUpViewBeacon() {
    var beacon = document.querySelector("[data-view-beacon]");
    if (!beacon) return;
    var isSent = false;
    var count = new Intl.NumberFormat("id-ID");
    function stopListening() {
      document.removeEventListener("visibilitychange", send);
      document.removeEventListener("prerenderingchange", send);
    }
    function send() {
      if (isSent || document.visibilityState !== "visible" || document.prerendering) return;
      isSent = true;
      stopListening();
      // fetch rather than sendBeacon: the answer is read. keepalive lets it finish if the
      // reader leaves at once.
      fetch("/api/views", {
        method: "POST",
        body: JSON.stringify({ slug: beacon.getAttribute("data-slug"), token: beacon.getAttribute("data-view-token") }),
        headers: { "Content-Type": "application/json" },
        keepalive: true,
        credentials: "omit",
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (reply) {
          if (!reply || typeof reply.counted !== "boolean" || !isFinite(reply.views)) return;
          var shown = document.querySelector("[data-view-count]");
          // lib/format.ts formatViews: "1.234 kali dilihat".
          if (shown) shown.textContent = count.format(reply.views) + " kali dilihat";
        })
        .catch(function () {
          // A lost view is not worth bothering the reader about.
        });
    }
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
    send();
  }

  // The search form sends only the filters that are set: "/cari?q=banjir", not
  // "/cari?q=banjir&kategori=&dari=&sampai=". Without this script the empty ones go along,
  // and mean "any".
  function setUpSearchForms() {
    document.querySelectorAll("form[data-search-form]").forEach(function (form) {
      form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.elements, function (field) {
          if (field.name && field.name !== "q" && field.value === "") field.disabled = true;
        });
      });
    });
    // Coming back to the page (history, back/forward cache): the fields work again.
    window.addEventListener("pageshow", function () {
      document.querySelectorAll("form[data-search-form] [disabled]").forEach(function (field) {
        field.disabled = false;
      });
    });
  }

  // A gallery video (app/(site)/galeri/_components/youtube-player.tsx): the placeholder is
  // a link to YouTube; pressing it here loads the privacy-enhanced player in its place, so
  // nothing is asked of YouTube before the reader wants the video.
  function setUpYouTubePlayers() {
    document.querySelectorAll("[data-youtube-player]").forEach(function (player) {
      var play = player.querySelector("[data-youtube-play]");
      if (!play) return;
      play.addEventListener("click", function (event) {
        event.preventDefault();
        var frame = document.createElement("iframe");
        frame.src = player.getAttribute("data-embed-url");
        frame.title = player.getAttribute("data-title");
        frame.className = "aspect-video w-full rounded";
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.allowFullscreen = true;
        player.replaceChildren(frame);
        frame.focus();
      });
    });
  }

  // The album lightbox (app/(site)/galeri/[slug]/page.tsx) is plain links and :target and
  // works without this: Escape closes it, the arrow keys step through the photos, the opened
  // photo takes the focus, and closing gives it back to the photo's thumbnail.
  function setUpLightbox() {
    var album = document.querySelector("[data-lightbox]");
    if (!album) return;
    var count = Number(album.getAttribute("data-lightbox"));
    function current() {
      var match = /^#foto-(\d+)$/.exec(window.location.hash);
      return match ? Number(match[1]) : null;
    }
    function focusOpened() {
      var index = current();
      var opened = index === null ? null : document.getElementById("foto-" + index);
      if (opened) opened.focus();
    }
    window.addEventListener("hashchange", focusOpened);
    window.addEventListener("keydown", function (event) {
      var index = current();
      if (index === null) return;
      if (event.key === "Escape") {
        window.location.hash = "kecil-" + index;
        var thumbnail = document.getElementById("kecil-" + index);
        if (thumbnail) thumbnail.focus();
      } else if (event.key === "ArrowRight" && index < count) window.location.hash = "foto-" + (index + 1);
      else if (event.key === "ArrowLeft" && index > 1) window.location.hash = "foto-" + (index - 1);
    });
    focusOpened();
  }

  // The category bar (components/site/masthead.tsx) marks the section the reader is in: the
  // category whose list this is, or the article's category (its [data-section]). The bar is
  // part of every cached page and cannot know the page it is on; without this script nothing
  // is marked and everything else works. On a phone the marked link is scrolled into view.
  function markCurrentSection() {
    var list = document.querySelector('nav[aria-label="Kategori"] ul');
    if (!list) return;
    var marker = document.querySelector("[data-section]");
    var section = marker ? marker.getAttribute("data-section") : null;
    var path = window.location.pathname;
    list.querySelectorAll("a").forEach(function (link) {
      var href = link.getAttribute("href");
      if (href === "/" ? path === "/" : path === href || path.indexOf(href + "/") === 0) {
        link.setAttribute("aria-current", "page");
      } else if (href === section) {
        link.setAttribute("aria-current", "true");
      } else {
        return;
      }
      if (list.scrollWidth > list.clientWidth) list.scrollLeft = link.offsetLeft - list.clientWidth / 3;
    });
  }

  function start() {
    markCurrentSection();
    setUpCopyLinks();
    setUpViewBeacon();
    setUpSearchForms();
    setUpYouTubePlayers();
    setUpLightbox();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
