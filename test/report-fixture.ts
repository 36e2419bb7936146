/** A ReportInput with invented data and hostile strings in every text slot (shared by the report tests). */
import type { ReportInput } from "../write/report.ts";

export const HOSTILE = [
  `<script>window.__pwned = 1</script>`,
  `"><img src=x onerror="window.__pwned=2">`,
  `</style><style>body{display:none}</style>`,
  `</textarea></title><svg onload=alert(1)>`,
  `' onmouseover='alert(1)`,
  `javascript:alert(1)`,
  `\u0000nul and \uD800 lone surrogate`,
];

export function hostileReport(): ReportInput {
  return {
    title: `Run of ${HOSTILE[0]}`,
    version: `0.1.0${HOSTILE[1]}`,
    stages: { clean: "1", [HOSTILE[2]]: HOSTILE[3] },
    counts: { inputs: 12, processed: 9, rejected: 3, skipped: 0, articles: 14, mentions: 120, entities: 40, dates: 33, removed: 57, rejects: 4 },
    rejects: [
      { input: "feeds/a.xml", record_id: null, reason: "not a feed: 1234 bytes of binary data", stage: "load" },
      { input: "feeds/b.xml", record_id: null, reason: "not a feed: 99 bytes of binary data", stage: "load" },
      { input: `pages/${HOSTILE[0]}.html`, record_id: HOSTILE[4], reason: HOSTILE[1], stage: "split" },
      { input: "dump/c.jsonl", record_id: "17", reason: HOSTILE[6], stage: "load" },
    ],
    removedBySite: [
      { site: "news.example.com", rule: "clean/newsletter", count: 12 },
      { site: "news.example.com", rule: "clean/link-density", count: 30 },
      { site: HOSTILE[1], rule: HOSTILE[0], count: 5 },
      { site: null, rule: "clean/icon-font", count: 10 },
    ],
    published: ["2017-01-03", "2017-01-03T09:30:00Z", "2017-01-20T23:10:00+02:00", "2017-02", "2017", "not a date"],
    dateValues: ["2017-01-24", "2017-01-24", "2016-12-31", "2017-01-24T14:00", "XXXX-08", "P3D", "PRESENT_REF", "2017-W04", "1945-05-08"],
    entities: [
      { name: "Maria Lindqvist", type: "PERSON", mention_count: 14, article_count: 5 },
      { name: "Tomas Brandt", type: "PERSON", mention_count: 14, article_count: 3 },
      { name: HOSTILE[0], type: "ORG", mention_count: 9, article_count: 2 },
      { name: "Harbour Council", type: "ORG", mention_count: 3, article_count: 3 },
      { name: "Velmora", type: "GPE", mention_count: 21, article_count: 8 },
      { name: HOSTILE[1], type: HOSTILE[1] as "ORG", mention_count: 1, article_count: 1 },
    ],
    insights: {
      articles: 14,
      undated: 2,
      sites: [
        { site: "news.example.com", articles: 9, undated: 1, noAuthor: 2, first: "2017-01-03", last: "2017-01-20" },
        { site: HOSTILE[1], articles: 3, undated: 0, noAuthor: 3, first: "2017-01-05", last: "2017-01-05" },
        { site: null, articles: 2, undated: 1, noAuthor: 2, first: null, last: null },
      ],
      coverage: [
        { field: "published", missing: 2, byKind: [{ kind: "html", missing: 0, of: 9 }, { kind: "text", missing: 2, of: 5 }] },
        { field: "author", missing: 7, byKind: [{ kind: "html", missing: 2, of: 9 }, { kind: "text", missing: 5, of: 5 }] },
        { field: "site", missing: 2, byKind: [{ kind: "html", missing: 0, of: 9 }, { kind: "text", missing: 2, of: 5 }] },
        { field: "title", missing: 0, byKind: [{ kind: "html", missing: 0, of: 9 }, { kind: "text", missing: 0, of: 5 }] },
        { field: "url", missing: 5, byKind: [{ kind: "html", missing: 0, of: 9 }, { kind: "text", missing: 5, of: 5 }] },
        { field: "language", missing: 1, byKind: [{ kind: "html", missing: 0, of: 9 }, { kind: "text", missing: 1, of: 5 }] },
      ],
      languages: [["en", 11], ["de", 1], ["ja", 1]],
      notices: [
        { stage: "entities", rule: "entities/skipped-language", language: "ja", level: "warning", articles: 1 },
        { stage: "dates", rule: "dates/degraded-language", language: HOSTILE[0], level: "info", articles: 2 },
      ],
      listed: [
        { row: 1, article_id: "0a1b2c3d4e5f6071", title: "Harbour council votes on the new ferry line", site: "news.example.com", published: "2017-01-03", url: "https://news.example.com/ferry", source: "pages/ferry.html", language: "en" },
        { row: 2, article_id: HOSTILE[4], title: HOSTILE[0], site: HOSTILE[1], published: "2017-01-05", url: HOSTILE[5], source: HOSTILE[3], language: "en" },
        { row: 3, article_id: "1b2c3d4e5f607182", title: null, site: null, published: null, url: null, source: "dumps/undated.txt", language: null },
      ],
      undatedListed: [{ row: 14, article_id: "2c3d4e5f60718293", title: "Undated notes from the quay", site: "news.example.com", published: null, url: null, source: "dumps/quay.txt", language: "de" }],
      entityTimeline: [
        { entity_id: "e1", name: "Velmora", type: "GPE", days: [["2017-01-03", 4], ["2017-01-05", 9], ["2017-01-20", 2], ["undated", 1]] },
        { entity_id: "e2", name: HOSTILE[0], type: "ORG", days: [["2017-01-05", 3]] },
      ],
      changes: {
        previousVersion: HOSTILE[2],
        previousCounts: { inputs: 10, articles: 12, mentions: 100, entities: 38, dates: 30, rejects: 5 },
        added: 3,
        removed: 1,
        changed: 2,
        unchanged: 7,
        samples: { added: ["feeds/new.xml", HOSTILE[0]], removed: ["old/gone.html"], changed: ["pages/ferry.html"] },
        fingerprintChanged: false,
      },
    },
  };
}
