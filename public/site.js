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

  function start() {
    setUpCopyLinks();
    setUpViewBeacon();
    setUpSearchForms();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
