/**
 * The site part of a page address, read the same way by every stage that groups or labels pages by site
 * (the splitter's `site` field, the cleaner's per-site template pass, the HTML metadata reader's site checks and region).
 */

/**
 * The host of `url` without a leading "www." or numbered "www2." label ("https://www.example.org/a" and
 * "https://www2.example.org/a" → "example.org": the numbered hosts are the same site's mirrors), "" for an
 * address with no host ("mailto:…"), or null when `url` is not an absolute URL.
 */
export function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\d*\./, "");
  } catch {
    return null;
  }
}
