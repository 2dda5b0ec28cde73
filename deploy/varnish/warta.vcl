vcl 4.1;
# Warta's edge cache (Varnish 7 with the xkey module from Debian's varnish-modules).
#
# - Public pages are cached for as long as the application's Cache-Control says
#   (s-maxage), and purged the moment the application changes them: every cached page
#   names its cache tags in the `xkey` header, and the application sends
#   `PURGE` with `xkey-purge: <tags>` (lib/edge/purge.ts) after each publish, edit,
#   unpublish, category or account change.
# - Grace: when the application (or its database) cannot answer, the last good page is
#   served for up to EDGE_GRACE (24 h) instead of an error.
# - Anything personal is never cached: the dashboard, sign-in, the API, responses that
#   set a cookie or say private/no-store.
#
# deploy/edge.sh writes backends.vcl (the application instances and their health probe)
# and purge-secret.vcl (the shared purge secret) next to this file's copy and starts
# varnishd with it.

import std;
import xkey;

include "backends.vcl";
include "purge-secret.vcl";

# Purges are accepted only from here, and only with the shared secret.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  call warta_init_backends;
}

sub vcl_recv {
  call warta_pick_backend;

  if (req.method == "PURGE") {
    if (!client.ip ~ purgers) {
      return (synth(403, "Forbidden"));
    }
    call warta_check_purge_secret;
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }

  # The application decides who the client is from X-Forwarded-For only when this
  # edge is one of its TRUSTED_PROXIES; never pass a client's own claim along.
  set req.http.X-Forwarded-For = client.ip;
  unset req.http.X-Real-IP;
  unset req.http.Forwarded;

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(dashboard|api|login|logout|ganti-sandi)(/|\?|$)") {
    return (pass);
  }

  # Public pages never depend on a cookie; a staff member reading the site gets the
  # same cached page as everyone else.
  unset req.http.Cookie;
  unset req.http.Authorization;

  # Links shared on WhatsApp and social media carry tracking parameters that change
  # nothing on the page: one cached copy serves them all.
  if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|igshid|wa_status)=") {
    set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|igshid|wa_status)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = regsub(req.url, "\?&+", "?");
  }

  # An expired page is served while a fresh copy is fetched in the background: for a few
  # seconds past its lifetime when the application is healthy, for the object's whole
  # grace (24 h) when it is not. Older than that, the request is an ordinary miss that
  # fetches and stores the page again.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }
  return (hash);
}

sub vcl_backend_response {
  # CASE: a refresh in the background failed: keep serving what we have.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  if (beresp.status >= 500) {
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  if (beresp.http.Cache-Control !~ "(s-maxage|max-age)") {
    # The application marks every shareable response; anything else is not shared.
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  set beresp.grace = 24h;
  set beresp.keep = 1h;
  return (deliver);
}

sub vcl_deliver {
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}

sub vcl_synth {
  set resp.http.Cache-Control = "no-store";
}
