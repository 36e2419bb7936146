// Usage: npx tsx bench/author-chrome-scale.ts (a timing check, not a test: seconds grow with the count when a walk is quadratic).
// Timing of author extraction on a page with many author elements in a related list.
import { extractMetadata } from "../stages/clean/html/metadata.ts";
import { parseHtml } from "../stages/clean/html/dom.ts";
for (const n of [2000, 5000, 20000]) {
  const items = Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Story ${i}</a> <span itemprop="author">Wen Hollis</span></li>`).join("");
  const html = `<html><body><h1>Quay</h1><p>${"Text of the quay story. ".repeat(20)}</p><div class="related"><ul>${items}</ul></div></body></html>`;
  const dom = parseHtml(html);
  const t = performance.now();
  const m = extractMetadata(dom, { url: "https://quay.example/a" });
  console.log(n, "author elements:", ((performance.now() - t) / 1000).toFixed(2), "s", "author=", m.author);
}
