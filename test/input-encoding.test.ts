/**
 * `input_encoding` (`--input-encoding`): the charset a user knows their undeclared files are in. Files that declare
 * none are read in it; a file's own byte-order mark or declaration still wins; valid UTF-8 stays UTF-8; an unknown
 * name is an error before any work. All text invented.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseCli } from "../cli/main.ts";
import { ConfigError, parseConfig } from "../cli/config.ts";
import { runFingerprint } from "../pipeline/cache.ts";
import { processFile } from "../pipeline/document.ts";
import { stageView } from "../pipeline/steps.ts";
import { configOf } from "../schemas/config.ts";
import { loadBytes } from "../stages/load/index.ts";

const enc = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset));
const content = (r: ReturnType<typeof loadBytes>) => (r.ok ? r.docs.map((d) => d.content).join("\n") : `REJECT ${r.reason}`);
const rules = (r: ReturnType<typeof loadBytes>) => (r.ok ? r.warnings.map((w) => w.rule ?? "") : []);

// Short, with few letters outside ASCII: too little for the detector to be sure of.
const TURKISH_LINE = "Köprü açıldı.";
const STORY =
  "Liman idaresi yeni feribot iskelesinin pazartesi günü hizmete gireceğini açıkladı. Yolcular sabah yedide ilk seferle karşıya geçebilecek.\n\n" +
  "Belediye, iskele çevresindeki yolun da genişletildiğini ve otopark yapıldığını söyledi.\n";

describe("files that declare no charset are read in the one given", () => {
  it("a JSON Lines export and a text file in windows-1254", () => {
    const jsonl = enc(`${JSON.stringify({ id: "a", title: TURKISH_LINE, text: STORY })}\n`, "windows-1254");
    const r = loadBytes("export.jsonl", jsonl, { encoding: "windows-1254" });
    expect(r.ok && r.docs[0]!.given.title).toBe(TURKISH_LINE);
    expect(content(r)).toBe(STORY);
    // Read as told: no fallback or detection notice.
    expect(rules(r).filter((x) => x.startsWith("load/charset"))).toEqual([]);
    expect(content(loadBytes("line.txt", enc(`${TURKISH_LINE}\n`, "windows-1254"), { encoding: "windows-1254" }))).toBe(`${TURKISH_LINE}\n`);
  });

  it("without it, the short line is not read as written (what the option is for)", () => {
    expect(content(loadBytes("line.txt", enc(`${TURKISH_LINE}\n`, "windows-1254")))).not.toBe(`${TURKISH_LINE}\n`);
  });

  it("a file's own declaration or byte-order mark wins over it", () => {
    const russian = "Паром прибыл вовремя.";
    const page = `<html><head><meta charset="koi8-r"><title>t</title></head><body><p>${russian}</p></body></html>`;
    expect(content(loadBytes("page.html", enc(page, "koi8-r"), { encoding: "windows-1254" }))).toContain(russian);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${TURKISH_LINE}\n`)]);
    expect(content(loadBytes("bom.txt", bom, { encoding: "windows-1254" }))).toBe(`${TURKISH_LINE}\n`);
  });

  it("a file whose bytes are valid UTF-8 stays UTF-8, with a notice", () => {
    const r = loadBytes("utf8.txt", new TextEncoder().encode(`${TURKISH_LINE}\n`), { encoding: "windows-1254" });
    expect(content(r)).toBe(`${TURKISH_LINE}\n`);
    expect(rules(r)).toContain("load/charset-declaration-overridden");
  });

  it("a UTF-8 file with a stray byte (a spliced download) stays UTF-8: the bad byte replaced, with notices", () => {
    const cut = STORY.indexOf("\n\n");
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const damaged = new Uint8Array([...utf8(STORY.slice(0, cut)), 0xff, ...utf8(STORY.slice(cut))]);
    for (const label of ["windows-1254", "iso-8859-9"]) {
      const r = loadBytes("story.txt", damaged, { encoding: label });
      expect(content(r), label).toBe(`${STORY.slice(0, cut)}\ufffd${STORY.slice(cut)}`);
      expect(rules(r)).toEqual(expect.arrayContaining(["load/charset-declaration-overridden", "load/invalid-utf8"]));
    }
  });

  it("processFile reads the articles in it", () => {
    const ctx = stageView(configOf({}), undefined);
    const r = processFile("story.txt", enc(`${TURKISH_LINE}\n\n${STORY}`, "windows-1254"), ctx, { encoding: "windows-1254" });
    expect(r.articles.map((a) => a.text).join("\n")).toContain("iskelesinin pazartesi günü");
  });
});

describe("the option is validated", () => {
  it("config: a known name is kept in lower case; an unknown one names the key and the value", () => {
    expect(parseConfig({ input_encoding: "Windows-1254" }).input_encoding).toBe("windows-1254");
    expect(parseConfig({}).input_encoding).toBeNull();
    for (const bad of ["klingon-8", "base64", ""]) {
      expect(() => parseConfig({ input_encoding: bad }, "x.yaml")).toThrow(ConfigError);
    }
    expect(() => parseConfig({ input_encoding: "klingon-8" }, "x.yaml")).toThrow(/x\.yaml: input_encoding: unknown charset "klingon-8"/);
  });

  it("command line: an unknown name is a usage error naming the flag; merge refuses the flag", () => {
    expect(parseCli(["--input-encoding", "ISO-8859-9"])).toMatchObject({ flags: { input_encoding: "ISO-8859-9" } });
    expect(() => parseCli(["--input-encoding", "klingon-8"])).toThrow(/--input-encoding klingon-8: unknown charset/);
    expect(() => parseCli(["merge", "--out", "o", "--input-encoding", "utf-8", "p0"])).toThrow(/merge: --input-encoding applies to a run/);
  });

  it("changing it changes the cache's fingerprint (the inputs are processed again)", () => {
    expect(runFingerprint(configOf({ input_encoding: "windows-1254" }))).not.toBe(runFingerprint(configOf({})));
  });

  it("two spellings of one charset give one fingerprint (the cache is shared); two charsets give two", () => {
    const fp = (label: string) => runFingerprint(configOf({ input_encoding: label }));
    for (const same of [["windows-1254", "Windows_1254", "cp1254", "iso-8859-9", "latin5"], ["windows-1252", "cp1252", "latin-1", "ISO_8859-1", "cp819", "ansi_x3.4-1968"], ["shift_jis", "SJIS", "cp932"], ["utf-8", "UTF_8"]]) {
      expect(new Set(same.map(fp)).size, same.join(", ")).toBe(1);
    }
    expect(new Set(["windows-1254", "iso-8859-2", "windows-1252", "windows-1258", "koi8-r"].map(fp)).size).toBe(5);
  });
});

describe("a label is matched as iconv matches it: any case, punctuation ignored", () => {
  // Invented Windows-1252 text: curly quotes and a dash, which strict ISO-8859-1 reads as invisible C1 controls.
  const WESTERN = "\u201cC\u2019est fini\u201d, dit la gardienne du phare \u2013 la lanterne est \u00e9teinte.\n";

  it("latin-1 and ISO_8859-1 are read as Windows-1252, as latin1 and iso-8859-1 are", () => {
    for (const label of ["latin-1", "ISO_8859-1", "Latin1", "iso-8859-1"]) {
      const r = loadBytes("quote.txt", enc(WESTERN, "windows-1252"), { encoding: label });
      expect(content(r), label).toBe(WESTERN);
    }
  });

  it("utf_8 and UTF_8 take the UTF-8 path: a legacy file is detected with a notice, a UTF-8 file has none", () => {
    for (const label of ["utf_8", "UTF_8"]) {
      const legacy = loadBytes("story.txt", enc(STORY, "windows-1254"), { encoding: label });
      expect(content(legacy), label).toBe(STORY);
      expect(rules(legacy)).toContain("load/charset-detected");
      const utf8 = loadBytes("story.txt", new TextEncoder().encode(STORY), { encoding: label });
      expect(content(utf8), label).toBe(STORY);
      expect(rules(utf8)).toEqual([]);
    }
    expect(parseConfig({ input_encoding: "UTF_8" }).input_encoding).toBe("utf_8");
  });

  it("UTF-7 is refused in any spelling, with the reason", () => {
    for (const label of ["utf7", "UTF-7", "utf_7"]) {
      expect(() => parseConfig({ input_encoding: label }, "x.yaml"), label).toThrow(/input_encoding: ".*" is not accepted: UTF-7/);
      expect(() => parseCli(["--input-encoding", label]), label).toThrow(/--input-encoding .*: ".*" is not accepted: UTF-7/);
    }
  });
});
