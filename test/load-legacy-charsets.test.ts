/**
 * Undeclared legacy charsets (and pages that declare UTF-8 but are not): detected and read, never a whole-file reject
 * of good text; random bytes still a reject whose reason fits the file type. All text invented.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadBytes } from "../stages/load/index.ts";

const enc = (s: string, charset: string) => new Uint8Array(iconv.encode(s, charset));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const rules = (r: ReturnType<typeof loadBytes>) => (r.ok ? r.warnings.map((w) => `${w.rule} ${w.reason}`) : []);
const content = (r: ReturnType<typeof loadBytes>) => (r.ok ? r.docs.map((d) => d.content).join("\n") : `REJECT ${r.reason}`);

const RUSSIAN =
  "Городская библиотека на набережной откроется после ремонта в понедельник. Директор сообщила, что в читальном зале поставили новые столы и лампы, " +
  "а для школьников подготовили летнюю программу. Жители района давно просили продлить часы работы по выходным.\n\n" +
  "По словам архитектора, старый фасад сохранили, но крышу пришлось заменить целиком.\n";
const GREEK =
  "Η δημοτική βιβλιοθήκη στην παραλία ανοίγει ξανά τη Δευτέρα μετά από εργασίες ανακαίνισης. Η διευθύντρια είπε ότι το αναγνωστήριο απέκτησε νέα τραπέζια " +
  "και φωτιστικά, ενώ για τους μαθητές ετοιμάστηκε καλοκαιρινό πρόγραμμα.\n";
const JAPANESE =
  "海辺の市立図書館は改修工事を終え、月曜日に再開する。館長によると、閲覧室には新しい机と照明が置かれ、子ども向けの夏の講座も用意された。" +
  "近くに住む人たちは、週末の開館時間を延ばしてほしいと以前から求めていた。\n";
const POLISH = "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig. Stróż źle śpi, gdy żaba ćwierka nad łąką.\n";
const TURKISH =
  "Belediye meclisi dün akşam yaptığı toplantıda şehir merkezindeki eski çarşının yeniden düzenlenmesine karar verdi. Başkan, çalışmaların " +
  "ilkbaharda başlayacağını ve iki yıl süreceğini söyledi.\nİlçedeki öğrenciler için yeni bir kütüphane açılacağı da açıklandı; ışıklandırma giderlerini belediye üstlenecek.\n";
const VIETNAMESE =
  "Hội đồng thành phố hôm qua đã quyết định sửa chữa cây cầu cũ bắc qua sông. Ông chủ tịch cho biết công việc sẽ bắt đầu vào mùa xuân và kéo dài hai năm.\n" +
  "Nhiều cửa hàng nhỏ gần chợ sẽ được hỗ trợ trong thời gian thi công.\n";
const ICELANDIC = "Borgarstjórn ákvað í gærkvöldi að endurnýja gamla markaðshúsið. Borgarstjórinn sagði að framkvæmdir hæfust í vor og tækju tvö ár.\n";
const FINNISH = "Kaupunginvaltuusto päätti eilen illalla kunnostaa vanhan kauppahallin. Pormestari kertoi, että työt alkavat keväällä ja kestävät kaksi vuotta.\n";
/** Text as Windows-1258 writes it: vowels with circumflex, breve or horn precomposed, the five tones as combining marks after them. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const as1258 = (s: string) =>
  s.normalize("NFD").replace(/(\P{M})(\p{M}*)/gu, (_m, base: string, marks: string) => (base + marks.replace(TONES, "")).normalize("NFC") + (marks.match(TONES) ?? []).join(""));
const FRENCH_UTF8 = "Le café du port a rouvert ; « la clientèle est déjà revenue », a déclaré la gérante, ravie de l'été.\n\n";

describe("undeclared legacy charsets are detected and read, with a notice naming the charset", () => {
  for (const [name, text, charset, detected] of [
    ["ru-1251.txt", RUSSIAN, "windows-1251", "windows-1251"],
    ["ru-koi8.txt", RUSSIAN, "koi8-r", "koi8-r"],
    ["el.txt", GREEK, "iso-8859-7", "iso-8859-7"],
    ["ja.txt", JAPANESE, "shift_jis", "shift_jis"],
    ["pl-1250.txt", POLISH, "windows-1250", "windows-1250"],
  ] as const) {
    it(`${name} (${charset})`, () => {
      const r = loadBytes(name, enc(text, charset));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(new RegExp(`^load/charset-detected .*detected ${detected}`)));
    });
  }

  it("Turkish (windows-1254, undeclared): its dotless i, s-cedilla and g-breve read right, a short headline too", () => {
    for (const text of [TURKISH, "Işıklar söndü, şehir karanlıkta kaldı.\n"]) {
      const r = loadBytes("tr.txt", enc(text, "windows-1254"));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*detected windows-1254/));
    }
  });

  it("Vietnamese (windows-1258, tone marks as combining bytes): read with its tone marks on the right vowels", () => {
    for (const text of [VIETNAMESE, "Cây cầu mới đã mở cửa sáng nay.\n"]) {
      const r = loadBytes("vi.txt", enc(as1258(text), "windows-1258"));
      // Windows-1258 writes most tones as a combining mark after the vowel; the text read is composed, as typed in UTF-8.
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*detected windows-1258/));
    }
  });

  it("short Vietnamese lines the detector cannot place (its guesses tie, or a Baltic charset leads) are read as windows-1258", () => {
    for (const text of ["Chợ mở cửa lúc sáu giờ.\n", "Bão số ba đã vào bờ.\n", "TRỜI MƯA TO CẢ NGÀY.\n"]) {
      const r = loadBytes("vi.txt", enc(as1258(text), "windows-1258"));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*detected windows-1258/));
    }
  });

  it("short Western lines whose bytes read as Vietnamese letters or tones keep Windows-1252", () => {
    for (const text of [
      "Eles são irmãos; não há razão, disse o tio.\n", // ã, õ: ă, ơ in windows-1258
      "Ciò può essere così, però è già tardi.\n", // ò, ì: tone marks in windows-1258
      "CIÒ PUÒ ESSERE COSÌ. NÃO SÃO.\n",
      "ÞAÐ VAR KALT. VIÐ FÓRUM HEIM.\n", // Ð: Đ
      "Ýmsir ráðherrar sögðu það í gær.\n",
    ]) {
      const r = loadBytes("west.txt", enc(text, "windows-1252"));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-fallback .*windows-1252/));
    }
  });

  it("short lines mixing languages (Italian or Pinyin naming a Portuguese place) keep Windows-1252", () => {
    // Each alone keeps Windows-1252; together they had two toned words (ciò, può: ì/ò after a vowel), a Vietnamese
    // letter (ã: ă) and only syllable-shaped high-byte words, but no tone on â/ê/ô/ă/ơ/ư and an ă before a vowel.
    for (const text of [
      "Ciò può accadere anche a São Paulo.\n",
      "Il club di São Paulo può vincere il titolo.\nCiò non basta.\n",
      "Lo sciopero a São Paulo può durare; ciò preoccupa il governo.\n",
      "Il presidente Lula da Silva può partire per São Paulo: ciò è quanto riferisce la stampa locale.\n",
      "O papa disse que ciò può ser verdade em São Paulo.\n",
      "Guò Huì e Duò a São Paulo.\n",
      "Ciò può durare: a mãe ficou em São Tomé com a irmã.\n",
    ]) {
      const r = loadBytes("mixed.txt", enc(text, "windows-1252"));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-fallback .*windows-1252/));
    }
  });

  it("Vietnamese declared or given as windows-1258 is composed too", () => {
    const page = `<html><head><meta charset="windows-1258"><title>t</title></head><body><p>${as1258(VIETNAMESE)}</p></body></html>`;
    expect(content(loadBytes("vi.html", enc(page, "windows-1258")))).toContain(VIETNAMESE.slice(0, 60));
    expect(content(loadBytes("vi.txt", enc(as1258(VIETNAMESE), "windows-1258"), { encoding: "cp1258" }))).toBe(VIETNAMESE);
  });

  it("Icelandic, Finnish and French in Windows-1252 are not taken for Turkish or Vietnamese", () => {
    for (const text of [ICELANDIC, FINNISH, "Le conseil a décidé de rénover la halle du marché; les commerçants ont demandé une aide.\n"]) {
      const r = loadBytes("west.txt", enc(text, "windows-1252"));
      expect(content(r)).toBe(text);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-fallback .*windows-1252/));
    }
  });

  it("dense Western accents keep the Windows-1252 fallback", () => {
    const german = "Die Bürgerinnen und Bürger von Süderhöft wählten gestern; Müller äußerte sich über die Größe der Fähre. ".repeat(6);
    const r = loadBytes("de.txt", enc(german, "windows-1252"));
    expect(content(r)).toBe(german);
    expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-fallback .*windows-1252/));
  });

  it("an undeclared page whose inline scripts make most of its bytes ASCII is judged on the whole file", () => {
    const script = "<script>var opts = {a: 1, b: [2, 3, 4]}; function tick(n) { return n + 1; }</script>\n".repeat(80);
    const page = `<html><head>${script}<title>Библиотека</title></head><body><article><p>${RUSSIAN}</p></article></body></html>`;
    const r = loadBytes("page.html", enc(page, "windows-1251"));
    expect(content(r)).toContain("читальном зале");
    expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*windows-1251/));
  });

  it("a charset declared after 4 KB of head scripts is still the page's declaration", () => {
    const script = "<script>var opts = {a: 1, b: [2, 3, 4]}; function tick(n) { return n + 1; }</script>\n".repeat(80);
    const page = `<html><head>${script}<meta charset="koi8-r"><title>Библиотека</title></head><body><p>${RUSSIAN}</p></body></html>`;
    const r = loadBytes("late.html", enc(page, "koi8-r"));
    expect(content(r)).toContain("читальном зале");
    expect(rules(r).filter((w) => w.startsWith("load/charset"))).toEqual([]);
  });
});

describe("good text is never lost for a section in another encoding", () => {
  it("a UTF-8 paragraph followed by a pasted Windows-1251 one: both read right", () => {
    const r = loadBytes("mixed.txt", cat(enc(FRENCH_UTF8, "utf-8"), enc(RUSSIAN, "windows-1251")));
    expect(content(r)).toBe(FRENCH_UTF8 + RUSSIAN);
    expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*line\(s\) kept as UTF-8.*windows-1251/));
  });

  it("the same with CR or CRLF line ends: the UTF-8 lines stay UTF-8, the pasted ones read in their charset", () => {
    for (const eol of ["\r", "\r\n"]) {
      const withEol = (t: string) => t.replaceAll("\n", eol);
      const r = loadBytes("mixed.txt", cat(enc(withEol(FRENCH_UTF8), "utf-8"), enc(withEol(RUSSIAN), "windows-1251")));
      // Text files are read with their line ends as LF.
      expect(content(r), JSON.stringify(eol)).toBe(FRENCH_UTF8 + RUSSIAN);
      expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected .*line\(s\) kept as UTF-8.*windows-1251/));
    }
  });

  it("JSON Lines with Windows-1251 records beside ASCII ones: every record kept", () => {
    const line = (id: string, text: string) => JSON.stringify({ id, text }) + "\n";
    const english = "The harbour library reopens on Monday after repairs, the director said.";
    const bytes = enc(line("a", RUSSIAN) + line("b", english) + line("c", RUSSIAN.slice(0, 120)), "windows-1251");
    const r = loadBytes("export.jsonl", bytes);
    expect(r.ok && r.docs.map((d) => d.content)).toEqual([RUSSIAN, english, RUSSIAN.slice(0, 120)]);
  });

  it("JSON Lines with UTF-8 records beside Windows-1251 ones: each record in its own encoding", () => {
    const line = (id: string, text: string, charset: string) => enc(JSON.stringify({ id, text }) + "\n", charset);
    const r = loadBytes("export.jsonl", cat(line("a", FRENCH_UTF8.trim(), "utf-8"), line("b", RUSSIAN, "windows-1251"), line("c", "Ça coûte très cher, dit-elle.", "utf-8")));
    expect(r.ok && r.docs.map((d) => d.content)).toEqual([FRENCH_UTF8.trim(), RUSSIAN, "Ça coûte très cher, dit-elle."]);
  });

  it("a UTF-8 file with a block of random bytes pasted in keeps its UTF-8 text (the bad bytes become U+FFFD)", () => {
    let x = 99;
    const noise = Uint8Array.from({ length: 300 }, () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), 0x80 + ((x >>> 16) % 0x80)));
    const utf8 = enc(FRENCH_UTF8.repeat(8), "utf-8");
    const r = loadBytes("spliced.txt", cat(utf8, noise, enc("\n", "utf-8"), utf8));
    expect(content(r)).toContain("« la clientèle est déjà revenue »");
    expect(content(r)).toContain("\ufffd");
  });
});

describe("a page that declares UTF-8 but holds Windows-1251", () => {
  it("is read as the detected charset, with a notice saying what it declared", () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Библиотека</title></head><body><article><p>${RUSSIAN}</p></article></body></html>`;
    const r = loadBytes("misdeclared.html", enc(page, "windows-1251"));
    expect(content(r)).toContain("Городская библиотека");
    expect(rules(r)).toContainEqual(expect.stringMatching(/^load\/charset-detected declared UTF-8 but bytes are not valid UTF-8: detected windows-1251/));
  });
});

describe("random bytes are still a reject, with a reason that fits the file", () => {
  let x = 4242;
  const noise = Uint8Array.from({ length: 8000 }, () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), 0x20 + ((x >>> 16) % 0xe0)));
  it("a text or JSON Lines file: convert it to UTF-8 (no charset declaration applies)", () => {
    for (const name of ["noise.txt", "noise.jsonl"]) {
      const r = loadBytes(name, noise);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.reason).toMatch(/^not text in a known encoding: .*; convert the file to UTF-8$/);
        expect(r.reason).not.toMatch(/declare/);
      }
    }
  });
  it("random bytes all above 0x7F (every pair of them a valid GB18030 character) are not read as Chinese", () => {
    let y = 777;
    const high = Uint8Array.from({ length: 20_000 }, () => ((y = (Math.imul(y, 1103515245) + 12345) >>> 0), 0x80 + ((y >>> 16) % 0x80)));
    const r = loadBytes("blob.txt", high);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^not text in a known encoding/);
  });
  it("an HTML page: declare its charset or convert it", () => {
    const r = loadBytes("noise.html", cat(enc("<html><body><p>", "utf-8"), noise));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/declare its charset \(<meta charset>, an XML encoding\) or convert the file to UTF-8$/);
  });
  it("a page declaring UTF-8 around random bytes: the reason says it declares UTF-8", () => {
    const r = loadBytes("noise.html", cat(enc('<html><head><meta charset="utf-8"></head><body><p>', "utf-8"), noise));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/it declares UTF-8, but the bytes are not UTF-8/);
  });
});
