/**
 * The site part of a page address, read the same way by every stage that groups or labels pages by site
 * (the splitter's `site` field, the cleaner's per-site template pass).
 */

/**
 * The host of `url` without a leading "www." ("https://www.example.org/a" → "example.org"), "" for an
 * address with no host ("mailto:…"), or null when `url` is not an absolute URL.
 */
export function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
