/**
 * The site part of a page address, read the same way by every stage that groups or labels pages by site
 * (the splitter's `site` field, the cleaner's per-site template pass, the HTML metadata reader's site checks and region).
 */

/**
 * A registry's second-level label under a two-letter country code ("co.uk", "com.au", "or.jp", "gob.mx"): with
 * its country code it is a public suffix, a name anyone registers under, never a site of its own.
 */
const REGISTRY_SUFFIX_RE = /^(?:ac|co|com|edu|gob|go|gov|ltd|mil|ne|net|nic|nom|or|org|plc)\.[a-z]{2}$/;

/**
 * The host of `url` without a leading "www." or numbered "www2." label ("https://www.example.org/a" and
 * "https://www2.example.org/a" → "example.org": the numbered hosts are the same site's mirrors), and without the
 * trailing dot of a fully qualified name ("example.org." is "example.org"); "" for an address with no host
 * ("mailto:…"), or null when `url` is not an absolute URL. The label stays when the rest would be no site: a
 * bare label ("www2.example") or a public suffix ("www2.co.uk").
 */
export function urlHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host.endsWith(".")) host = host.slice(0, -1);
  const rest = /^www\d*\.(.+)$/.exec(host)?.[1];
  return rest && rest.includes(".") && !REGISTRY_SUFFIX_RE.test(rest) ? rest : host;
}
