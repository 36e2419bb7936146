/**
 * Shared helpers that replaced copies: organisation and acronym initials, the record-id cap, the
 * date-label table's HTML-side columns; and what the run files say about themselves: the report names only the
 * files a --format subset wrote, every table of the Data Package has a key, and rejects are numbered per input.
 * Invented names and strings only.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { acronymInitials, organisationInitials } from "../stages/common/initials.ts";
import { capitalisedFunctionWords, functionWords } from "../stages/common/function-words.ts";
import { capRecordId, LIMITS } from "../stages/limits.ts";
import { loadBytes } from "../stages/load/index.ts";
import { dateLabelAlternation } from "../stages/clean/text/date-labels.ts";
import { rejectRows, TABLES } from "../schemas/tables.ts";
import { renderReport, timeBuckets } from "../write/report.ts";
import { hostileReport } from "./report-fixture.ts";
import { readArgs, withOptionalCount } from "../eval/lib/args.ts";
import { isTokenChar, tokensOf, wordCharAt } from "../stages/common/words.ts";
import { labelsBeforeSuffix, registrableHost, urlHost } from "../stages/common/url.ts";
import { cleanAuthor, ownSite } from "../stages/clean/html/metadata.ts";
import { mergeMeta } from "../stages/split/index.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

describe("function-word table", () => {
  it("gives each reader its own column: a sentence opener stops a politics cue, a preposition ends no description", () => {
    expect(capitalisedFunctionWords("cue").has("The")).toBe(true);
    expect(capitalisedFunctionWords("cue").has("She")).toBe(true);
    expect(capitalisedFunctionWords("cue").has("Of")).toBe(false); // "Leader of" keeps its "of"
    expect(functionWords("description").has("who")).toBe(true);
    expect(functionWords("description").has("he")).toBe(false);
    expect(functionWords("org").has("für")).toBe(true);
    expect(functionWords("acronym").has("für")).toBe(false);
  });
});

describe("initials", () => {
  it("reads an organisation's initials, skipping its function words, only from three capitalised words or more", () => {
    expect(organisationInitials("The Harbour Pilots Guild")).toBe("hpg");
    expect(organisationInitials("Verein für Küsten-Schutz und Umwelt")).toBe("vksu");
    expect(organisationInitials("Ann Lee")).toBeNull();
    expect(organisationInitials("Harbour pilots Guild")).toBeNull();
  });
  it("gives every acronym a long form can have, with and without function words and inner acronyms", () => {
    expect(acronymInitials(["Velmora", "Harbour", "Authority"])).toEqual(["vha"]);
    expect(acronymInitials(["Bank", "of", "Velmora"])).toEqual(["bov", "bv"]);
    expect(acronymInitials(["UN", "Harbour", "Council"])).toEqual(["uhc", "unhc"]);
    expect(acronymInitials(["Velmora"])).toEqual([]);
  });
  it("each reader keeps its own function words ('in' is skipped by acronyms only, 'für' by organisations only)", () => {
    expect(acronymInitials(["Pilots", "in", "Velmora"])).toEqual(["piv", "pv"]);
    expect(organisationInitials("Pilots In Velmora")).toBe("piv");
    expect(organisationInitials("Verein Für Lotsen Nord")).toBe("vln");
    expect(acronymInitials(["Verein", "für", "Lotsen"])).toEqual(["vfl"]);
  });
});

describe("capRecordId", () => {
  it("a record the loader skips carries no id over the limit in its reject row (the row keeps its reason)", () => {
    const long = "x".repeat(LIMITS.recordFieldChars + 5);
    const lines = [JSON.stringify({ id: long, text: "" }), JSON.stringify({ id: "rec-2", text: "The harbour pilots met on Tuesday." })];
    const out = loadBytes("feed.jsonl", new TextEncoder().encode(lines.join("\n") + "\n"));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const skipped = out.warnings.filter((w) => w.skipped);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].recordId).toBeNull();
    expect(skipped[0].reason).toMatch(/empty/);
    expect(out.docs.map((d) => d.recordId)).toEqual(["rec-2"]);
  });
  it("keeps an ordinary id and drops one longer than any real id, telling the caller once", () => {
    const dropped: number[] = [];
    expect(capRecordId("rec-17", (id) => dropped.push(id.length))).toBe("rec-17");
    expect(capRecordId(null, (id) => dropped.push(id.length))).toBeNull();
    const long = "x".repeat(LIMITS.recordFieldChars + 1);
    expect(capRecordId(long, (id) => dropped.push(id.length))).toBeNull();
    expect(capRecordId("y".repeat(LIMITS.recordFieldChars))).toHaveLength(LIMITS.recordFieldChars);
    expect(dropped).toEqual([LIMITS.recordFieldChars + 1]);
  });
});

describe("the date-label table's HTML-side columns", () => {
  const whole = (reader: Parameters<typeof dateLabelAlternation>[0]) => new RegExp(`^(?:${dateLabelAlternation(reader)})$`, "i");
  it("gives each reader its words, longest first, a space matching one space", () => {
    expect(whole("update").test("Update")).toBe(true);
    expect(whole("update").test("Letzte")).toBe(false);
    expect(whole("update").test("Mise à jour")).toBe(true);
    expect(whole("update").test("Mise  à jour")).toBe(false);
    expect(whole("byline").test("Veroeffentlicht")).toBe(true);
    expect(whole("timestamp").test("First published")).toBe(true);
    expect(whole("timestamp").test("Publié")).toBe(false);
    const update = dateLabelAlternation("update").split("|");
    expect(update.indexOf("updated")).toBeLessThan(update.indexOf("update"));
  });
});

describe("run files", () => {
  const html = (formats?: string[]) => renderReport({ ...hostileReport(), formats });
  it("the report names only the files a --format subset wrote", () => {
    const all = html();
    expect(all).toContain("line 1 of articles.jsonl, row 1 of tables/articles.csv");
    expect(all).toContain("the data behind every figure is in tables/ and articles.jsonl");
    const csv = html(["csv"]);
    expect(csv).not.toContain("articles.jsonl");
    expect(csv).toContain('title="row 1 of tables/articles.csv"');
    const jsonl = html(["jsonl"]);
    expect(jsonl).not.toContain("tables/");
    expect(jsonl).toContain('title="line 1 of articles.jsonl"');
    const yaml = html(["yaml"]);
    expect(yaml).not.toMatch(/tables\/|articles\.jsonl/);
    expect(yaml).toContain('title="item 1 of articles.yaml"');
    expect(html(["parquet"])).not.toMatch(/\.csv|articles\.jsonl/);
  });
  it("every table has a primary key", () => {
    for (const t of TABLES) expect(t.primaryKey.length, t.name).toBeGreaterThan(0);
    expect(TABLES.find((t) => t.name === "rejects")!.primaryKey).toEqual(["input", "index"]);
    expect(TABLES.find((t) => t.name === "removed")!.primaryKey).toEqual(["source", "index"]);
  });
  it("numbers each reject among its input's, so two identical rejects of a file still have distinct keys", () => {
    const same = { input: "dump/a.jsonl", record_id: "7", reason: "no article text found after cleaning", stage: "split" };
    const rows = [...rejectRows([same, { ...same, input: "dump/b.jsonl" }, same])];
    expect(rows.map((r) => `${r.input}#${r.index}`)).toEqual(["dump/a.jsonl#0", "dump/b.jsonl#0", "dump/a.jsonl#1"]);
    expect(Object.keys(rows[0]!)).toEqual(["input", "record_id", "reason", "stage", "index"]);
  });
});

describe("report calendar (stages/common/calendar.ts daysInMonth)", () => {
  it("reads years below 100 as written, not as 1900 + year (Date.UTC's quirk): 0000-02-29 is a day, 2023-02-29 is not", () => {
    expect(timeBuckets(["0000-02-29"], true).invalid).toBe(0);
    expect(timeBuckets(["2023-02-29"], true).invalid).toBe(1);
    expect(timeBuckets(["2024-02-29"], true).invalid).toBe(0);
  });
});

describe("eval and bench command lines (eval/lib/args.ts readArgs, one parser for both)", () => {
  const OPTIONS = { mode: { type: "string" }, fails: { type: "string" }, cache: { type: "boolean" } } as const;
  it("takes an option's word, a switch alone, and words only where the script takes them", () => {
    const { values } = readArgs("cmd", { args: ["--mode", "text", "--fails", "5"], options: OPTIONS });
    expect(values).toEqual({ mode: "text", fails: "5" });
    const read = readArgs("cmd", { args: ["--mode=text", "wikigold", "--cache"], options: OPTIONS, allowPositionals: true });
    expect(read.values).toEqual({ mode: "text", cache: true });
    expect(read.positionals).toEqual(["wikigold"]);
  });
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", env: { ...process.env, BROADSHEET_DATA: "/nonexistent" } });
  it("an eval given --help prints its usage and stops; a mistyped flag or a stray word exits 2 before any work", () => {
    const help = run("eval/language.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run eval:language -- \[--verbose\]/);
    const typo = run("eval/language.ts", ["--verbsoe"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown option --verbsoe");
    expect(typo.stderr).toContain("usage: npm run eval:language");
    const stray = run("eval/language.ts", ["verbose"]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain("'verbose'");
  });
  it("a bench given --help prints its options and stops; a mistyped option exits 2 with the usage, not a stack trace", () => {
    const help = run("bench/regex-probe.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run bench:regex-probe -- .*\[--families VALUE\]/);
    const typo = run("bench/regex-probe.ts", ["--familes", "months"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown option --familes");
    expect(typo.stderr).toContain("usage: npm run bench:regex-probe");
    expect(typo.stderr).not.toMatch(/\n\s+at /);
  });
  it("an option given without its word exits 2 naming it, rather than running the default view", () => {
    for (const [script, args] of [["eval/split.ts", ["--set"]], ["eval/split.ts", ["--set", "--verbose"]], ["eval/metadata.ts", ["--set"]], ["eval/metadata.ts", ["--fold"]], ["eval/metadata.ts", ["--mode", "--sources"]], ["bench/regex-probe.ts", ["--families"]]] as const) {
      const r = run(script, [...args]);
      expect(r.status, `${script} ${args.join(" ")}`).toBe(2);
      expect(r.stderr).toContain(`option ${args[0]} needs a value`);
    }
  });
  it("a value starting with a dash is taken written with '=', and the refusal of the spaced form says so", () => {
    const { values } = readArgs("cmd", { args: ["--fails=-1", "--mode=-x"], options: OPTIONS });
    expect(values).toEqual({ fails: "-1", mode: "-x" });
    for (const [script, args, written] of [["eval/dates.ts", ["--only", "-year"], "--only=-year"], ["bench/canonical.ts", ["--seed", "-1"], "--seed=-1"]] as const) {
      const r = run(script, [...args]);
      expect(r.status, `${script} ${args.join(" ")}`).toBe(2);
      expect(r.stderr).toContain(`written ${written}`);
      expect(r.stderr).not.toContain("needs a value");
    }
  });
  it("-h is --help", () => {
    const help = run("eval/dates.ts", ["-h"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run eval:dates -- /);
  });
  it("eval:dates reads --errors with or without its count, spaced or with '=', and refuses any other word", () => {
    const table = { errors: { type: "string" }, rules: { type: "boolean" } } as const;
    const errorsOf = (argv: string[]) => readArgs("cmd", { args: withOptionalCount(argv, "errors", "20"), options: table }).values;
    expect(errorsOf(["--errors"])).toEqual({ errors: "20" });
    expect(errorsOf(["--errors", "--rules"])).toEqual({ errors: "20", rules: true });
    expect(errorsOf(["--errors", "5", "--rules"])).toEqual({ errors: "5", rules: true });
    expect(errorsOf(["--errors=7"])).toEqual({ errors: "7" });
    expect(errorsOf(["--rules"])).toEqual({ rules: true });
    for (const args of [["dev-only"], ["--errors", "5", "extra"], ["--rules", "5"], ["--errors=many"], ["--errors", "many"]]) {
      const r = run("eval/dates.ts", args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("usage: npm run eval:dates");
    }
    expect(run("eval/dates.ts", ["dev-only"]).stderr).toContain("unexpected word 'dev-only'");
    expect(run("eval/dates.ts", ["--errors=many"]).stderr).toContain('option --errors takes a number of errors, not "many"');
  });
  it("ner-errors takes one view at most", () => {
    const r = run("eval/ner-errors.ts", ["gum-dev", "extra"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("one view or corpus only");
  });

  it("ner-errors names an unknown view and exits 2 before any training", () => {
    const r = run("eval/ner-errors.ts", ["no-such-view"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown view or corpus 'no-such-view'");
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("words (stages/common/words.ts), shared by the text cleaner and the near-duplicate pass", () => {
  // Invented pieces: several scripts, digits, a letter outside the BMP (a surrogate pair), emoji, a
  // lone high and a lone low surrogate, a combining mark, punctuation and white space.
  const PIECES = ["ferry", "Pier", "42", "é", "Straße", "ΣΟΦΙΑ", "日本", "٣", "𝐀", "😀", "\ud800", "\udc00", "\u0301", "-", " ", "\n"];
  const regexWords = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

  it("reads the words /[\\p{L}\\p{N}]+/gu reads, surrogate pairs as one character and lone surrogates as none", () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % PIECES.length;
    for (let k = 0; k < 500; k++) {
      let s = "";
      for (let j = (k * 7) % 40; j > 0; j--) s += PIECES[next()];
      expect(tokensOf(s)).toEqual(regexWords(s));
    }
    expect(tokensOf("𝐀𝐁 ab\ud800cd")).toEqual(["𝐀𝐁", "ab", "cd"]);
  });

  it("gives each character's width, negative for a character that is no letter or digit", () => {
    const s = "a😀𝐀\ud800-";
    expect([0, 1, 3, 5, 6].map((i) => wordCharAt(s, i))).toEqual([1, -2, 2, -1, -1]);
    expect(isTokenChar("٣".codePointAt(0)!)).toBe(true);
  });
});

describe("a page's site and its metadata text, one reading for every stage", () => {
  // two labels, three under a registry's second level
  it.each([
    ["news.ferry-post.example", "ferry-post.example"],
    ["news.ferry-post.co.uk", "ferry-post.co.uk"],
    ["ferry-post.gv.at.", "ferry-post.gv.at"],
    ["ferry.example.de", "example.de"],
  ])("takes the registrable part of %s: %s", (host, want) => {
    expect(registrableHost(host)).toBe(want);
  });
  // the same registry table; a short site name is kept (not taken for a registry's "co"); a machine address names no
  // site; empty labels and trailing dots are no labels; punycode is read as its letters, and kept as written when invalid
  it.each([
    ["news.ferry-post.co.uk", ["news", "ferry-post"]],
    ["news.nfa.example", ["news", "nfa"]],
    ["localhost", []],
    ["192.168.0.1", []],
    ["[2001:db8::1]", []],
    ["news.a..harbour.example", ["news", "a", "harbour"]],
    ["FERRY-POST.CO.UK..", ["ferry-post"]],
    ["xn--brcken-blatt-elb.example", ["brücken-blatt"]],
    ["news.xn--zz.example", ["news", "xn--zz"]],
  ])("names the labels of %s before the public suffix: %j", (host, want) => {
    expect(labelsBeforeSuffix(host)).toEqual(want);
  });
  it("the HTML metadata reader reads those labels: a site's initials, an empty label, a one-person site in punycode", () => {
    // the organisation a subdomain's three-letter site spells is the publisher
    const declared = (url: string) =>
      metadataOf({ title: "Late ferry added", head: `<meta name="author" content="Northern Ferry Alliance">`, body: `<h1>Late ferry added</h1>${paragraph("The late ferry now runs every evening until the end of the month.")}`, url }).author;
    expect(declared("https://news.nfa.example/late-ferry")).toBeNull();
    expect(declared("https://news.harbour-times.example/late-ferry")).toBe("Northern Ferry Alliance");
    // an empty label is no site name: it once matched every organisation whose initials cannot be read
    const desk = (url: string) =>
      metadataOf({ title: "Late ferry added", head: `<meta name="author" content="Harbour Desk">`, body: `<h1>Late ferry added</h1>${paragraph("The late ferry now runs every evening until the end of the month.")}`, url }).author;
    expect(desk("https://news.harbour.example/late-ferry")).toBe("Harbour Desk");
    expect(desk("https://news.a..harbour.example/late-ferry")).toBe("Harbour Desk");
    // an internationalised one-person site: the host, written in punycode, spells the author's name
    expect(ownSite("Sölve Tärnqvist", "xn--slve-trnqvist-gfb8x.example")).toBe(true);
    expect(ownSite("Sölve Tärnqvist", "xn--brcken-blatt-elb.example")).toBe(false);
  });
  it("takes the site without a www. or numbered www2. label, in the splitter's site field too", () => {
    const hosts: [string, string | null][] = [
      ["https://www.ferry-post.example/a", "ferry-post.example"],
      ["https://www2.ferry-post.example/a", "ferry-post.example"],
      ["https://wwwferry.example/a", "wwwferry.example"], // a name that starts with "www" keeps it
      ["https://WWW2.Ferry-Post.Example./a", "ferry-post.example"], // a fully qualified name's trailing dot is the same site
      ["https://ferry-post.example./a", "ferry-post.example"],
      ["https://www2.example/a", "www2.example"], // the rest would be a bare label: no site
      ["https://www2.co.uk/a", "www2.co.uk"], // the rest would be a public suffix
      ["https://www.ferry-post.co.uk/a", "ferry-post.co.uk"],
      ["https://www-2.ferry-post.example/a", "www-2.ferry-post.example"], // only a numbered "www" label
      ["https://192.168.0.1/a", "192.168.0.1"],
      ["mailto:desk@ferry-post.example", ""], // an address with no host
      ["not an address", null],
    ];
    expect(hosts.map(([url]) => urlHost(url))).toEqual(hosts.map(([, host]) => host));
    expect(mergeMeta({ url: "https://www3.ferry-post.example/late-ferry" }, {}).site).toBe("ferry-post.example");
  });

  it("drops soft hyphens and zero-width spaces from a declared title and author, as from the page text", () => {
    const head = `<meta property="og:title" content="Fähr\u00adplan für den Win\u200bter"><meta name="author" content="Tove Arn\u00adhem">`;
    const m = metadataOf({ head, body: `<h1>Fährplan für den Winter</h1>${paragraph("Die Fähre fährt im Winter auch am späten Abend über den Fluss.")}` });
    expect(m.title).toBe("Fährplan für den Winter");
    expect(m.author).toBe("Tove Arnhem");
  });

  it("keeps a zero width non-joiner or joiner that spells a Persian or Indic name, drops one that is noise", () => {
    // invented names: a Persian surname with a non-joiner inside the word, a Hindi one with a joiner after the virama
    const persian = "پریسا کاوه\u200cپور";
    const hindi = "प्रिया शर्\u200dमा";
    expect(cleanAuthor([persian])).toBe(persian);
    expect(cleanAuthor([hindi])).toBe(hindi);
    // at a word's edge, beside a space or inside a Latin name it is dropped, as a soft hyphen is
    expect(cleanAuthor(["\u200cTove Arn\u00adhem\u200d"])).toBe("Tove Arnhem");
    expect(cleanAuthor(["Tove \u200dArn\u200chem"])).toBe("Tove Arnhem");
    expect(cleanAuthor([`${persian}\u200c`])).toBe(persian);
    const head = `<meta name="author" content="${persian}">`;
    const m = metadataOf({ lang: "fa", head, body: `<h1>قایق</h1>${paragraph("قایق\u200cها هر روز صبح از بندر به جزیره می\u200cروند و شب برمی\u200cگردند.")}` });
    expect(m.author).toBe(persian);
  });
});
