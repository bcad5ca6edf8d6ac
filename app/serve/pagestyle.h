#pragma once

// The pages' one style sheet and one script, inline (the pages load nothing else) and
// allowed by their hashes in the Content-Security-Policy.
namespace bridge::serve {

inline constexpr char PageStyle[] = R"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d8dee4;--card:#f6f8fa;
--sev1:#b3261e;--sev2:#c4540a;--sev3:#8a6d00;--sev4:#4a5866;--ok:#1a7f37;--late:#b3261e}
@media (prefers-color-scheme:dark){:root{--bg:#0f1419;--fg:#e6edf3;--muted:#9aa7b4;--line:#30363d;
--card:#161b22;--sev1:#ff6b5e;--sev2:#ff9b4a;--sev3:#e3c04a;--sev4:#9aa7b4;--ok:#56d364;--late:#ff6b5e}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",
Roboto,"DejaVu Sans",sans-serif}
header,main,footer{max-width:58rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}
header h1{font-size:1.35rem;margin:0;flex:1 1 auto;overflow-wrap:anywhere}
.fresh{color:var(--muted);font-size:.85rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
a{color:inherit}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;
margin:.6rem 0}
.card h3{margin:0 0 .25rem;font-size:1.05rem;overflow-wrap:anywhere}
.card h3 a{text-decoration:none}.card h3 a:hover{text-decoration:underline}
.sev{display:inline-block;font-weight:700;font-size:.8rem;padding:0 .4rem;border-radius:.25rem;
border:2px solid currentColor;margin-right:.4rem;vertical-align:.1rem}
.sev1{color:var(--sev1)}.sev2{color:var(--sev2)}.sev3{color:var(--sev3)}.sev4{color:var(--sev4)}
.facts{display:flex;flex-wrap:wrap;gap:.1rem 1.25rem;margin:.25rem 0;padding:0;list-style:none;
color:var(--muted);font-size:.92rem}
.facts b{color:var(--fg);font-weight:600}
.late{color:var(--late);font-weight:600}.ok{color:var(--ok)}
.update{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 0}
.latest{border-left:4px solid var(--sev2);}
ol.updates,ul.plain{list-style:none;padding:0;margin:0}
ol.updates li,ul.plain li{border-top:1px solid var(--line);padding:.5rem 0}
.meta{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.3rem .5rem .3rem 0;border-top:1px solid var(--line);vertical-align:top}
th{font-weight:600;white-space:nowrap}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:.8rem;padding-top:1.5rem;padding-bottom:2rem}
.state{text-transform:capitalize;font-weight:600}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--card:#fff}a{text-decoration:none}
.fresh::after{content:" (printed)"}}
)css";

// Updates the page within a second or two of a change: asks for the record's version, and
// when it moved, fetches this page again and swaps in its <main>. Without JavaScript the
// page refreshes itself every 3 seconds (a <noscript> refresh). Nothing else is loaded.
inline constexpr char PageScript[] = R"js(
(function () {
  var root = document.documentElement;
  var token = new URLSearchParams(location.search).get('token');
  var versionUrl = (location.pathname === '/status' ? '/status/version' : '/api/version') +
    (token ? '?token=' + encodeURIComponent(token) : '');
  var shownAt = Date.now();
  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var main = fresh.querySelector('main');
    var fresher = fresh.querySelector('.fresh');
    if (!main) return;
    document.querySelector('main').replaceWith(document.adoptNode(main));
    if (fresher) document.querySelector('.fresh').replaceWith(document.adoptNode(fresher));
    root.setAttribute('data-version', fresh.documentElement.getAttribute('data-version'));
    document.title = fresh.title;
    shownAt = Date.now();
  }
  function reload() {
    return fetch(location.href, {cache: 'no-store', credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html) swap(html); });
  }
  function tick() {
    fetch(versionUrl, {cache: 'no-store', credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (v) {
        // A new version, or times that have aged a while (countdowns move on their own).
        if ((v && v.trim() !== root.getAttribute('data-version')) || Date.now() - shownAt > 30000)
          return reload();
      })
      .catch(function () {})
      .then(function () { setTimeout(tick, 1000); });
  }
  root.classList.add('live');
  setTimeout(tick, 1000);
})();
)js";

} // namespace bridge::serve
