/**
 * The site part of a page address, read the same way by every stage that groups or labels pages by site
 * (the splitter's `site` field, the cleaner's per-site template pass, the HTML metadata reader's site checks and region).
 */
import { domainToUnicode } from "node:url";

/**
 * A registry's second-level label under a two-letter country code ("co.uk", "com.au", "or.jp", "gob.mx"): with
 * its country code it is a public suffix, a name anyone registers under, never a site of its own.
 */
const SECOND_LEVEL = "ac|co|com|edu|gob|go|gov|gv|ltd|mil|ne|net|nic|nom|or|org|plc";
const REGISTRY_SUFFIX_RE = new RegExp(`^(?:${SECOND_LEVEL})\\.[a-z]{2}$`);
const SECOND_LEVEL_RE = new RegExp(`^(?:${SECOND_LEVEL})$`);

/**
 * A host's registrable part: its last two labels, or three under a registry's second level (REGISTRY_SUFFIX_RE:
 * "example.co.uk", "example.com.au"), so "news.example.org" and "example.org" are one site.
 */
export function registrableHost(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const n = labels.length;
  const secondLevel = n >= 3 && labels[n - 1].length === 2 && SECOND_LEVEL_RE.test(labels[n - 2]);
  return labels.slice(secondLevel ? -3 : -2).join(".");
}

/** An IP literal host: dotted IPv4 ("192.168.0.1") or bracketed IPv6 ("[2001:db8::1]"), a machine address with no site name. */
const IP_HOST_RE = /^(?:\d+(?:\.\d+){3}\.?|\[[^\]]*\])$/;

/**
 * The labels of a host before its public suffix, the part `registrableHost` keeps besides it ("news.example.co.uk"
 * → ["news", "example"], "example.org" → ["example"]); none for a bare label ("localhost") or an IP literal
 * ("192.168.0.1", "[2001:db8::1]"). Empty labels ("news.a..example", "example.org..") are dropped, and punycode labels
 * are read as the letters they spell ("xn--bcher-kva.example" → ["bücher"]), so an internationalised site name
 * compares with names written in its own script. `host` is a hostname, without a ":port".
 */
export function labelsBeforeSuffix(host: string): string[] {
  if (IP_HOST_RE.test(host)) return [];
  const labels = host.toLowerCase().split(".").filter(Boolean);
  const suffixLabels = Math.max(1, registrableHost(labels.join(".")).split(".").length - 1);
  return labels.slice(0, -suffixLabels).map((l) => (l.startsWith("xn--") ? domainToUnicode(l) || l : l));
}

/**
 * The host of `url` without a leading "www." or numbered "www2." label ("https://www.example.org/a" and
 * "https://www2.example.org/a" → "example.org": the numbered hosts are the same site's mirrors), and without the
 * trailing dot of a fully qualified name ("example.org." is "example.org"); "" for an address with no host
 * ("mailto:…"), or null when `url` is absent or not an absolute URL. The label stays when the rest would be no site: a
 * bare label ("www2.example") or a public suffix ("www2.co.uk").
 */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
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
