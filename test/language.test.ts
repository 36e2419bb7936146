/** Article language (stages/split/language.ts) and the stages' language notices (stages/language-gate.ts), on invented text. */
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";
import { detectLanguage, languageOf, primaryLanguage } from "../stages/split/language.ts";

const enc = (s: string) => new TextEncoder().encode(s);

const GERMAN =
  "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu sanieren. " +
  "Die Arbeiten sollen im April beginnen, sagte die Bürgermeisterin nach der Sitzung. " +
  "Während der Bauzeit wird der Verkehr über die Umgehungsstraße geleitet, und die Busse fahren einen anderen Weg.";
const ENGLISH =
  "The city council decided on Monday to repair the old bridge over the river by the autumn. " +
  "Work will begin in April, the mayor said after the meeting. " +
  "During the works, traffic will use the ring road and the buses will take another route.";
const JAPANESE =
  "市議会は月曜日、川に架かる古い橋を秋までに修理することを決めた。工事は四月に始まると市長は会議の後で述べた。" +
  "工事の間、車は環状道路を通り、バスは別の道を走る。住民の多くはこの決定を歓迎している。";

const story = (title: string, body: string) => `${title}\n\n${body}\n\n${body.split(". ").reverse().join(". ")}\n`;

describe("languageOf", () => {
  it("detects the language of a paragraph of text", () => {
    expect(detectLanguage(GERMAN)).toBe("de");
    expect(detectLanguage(ENGLISH)).toBe("en");
    expect(detectLanguage(JAPANESE)).toBe("ja");
  });

  it("takes plainly English text as English without the detector, and never a text in another language", () => {
    const LONG_ENGLISH = `${ENGLISH} ${ENGLISH.replace("city council", "county board")}`;
    expect(detectLanguage(LONG_ENGLISH)).toBe("en");
    // Dutch and Spanish share "in", "is", "a" with English: the fast path must not fire on them.
    const DUTCH =
      "De gemeenteraad heeft maandag besloten de oude brug over de rivier voor de herfst te herstellen. " +
      "Het werk begint in april, zei de burgemeester na de vergadering. Het verkeer gaat in die tijd over de ringweg en de bussen rijden een andere route.";
    const SPANISH =
      "El ayuntamiento decidió el lunes reparar el viejo puente sobre el río antes del otoño. " +
      "Las obras empezarán en abril, dijo la alcaldesa después de la reunión. Durante las obras el tráfico usará la circunvalación y los autobuses tomarán otra ruta.";
    expect(detectLanguage(DUTCH)).toBe("nl");
    expect(detectLanguage(SPANISH)).toBe("es");
    expect(detectLanguage(`${GERMAN} ${GERMAN}`)).toBe("de");
  });

  it("leaves a text too short to tell as null", () => {
    expect(detectLanguage("Brücke")).toBeNull();
    expect(detectLanguage("12:30 — 14:00")).toBeNull();
  });

  it("prefers the input's own value, then the text, then the page's declaration", () => {
    expect(languageOf(GERMAN, "fr-FR", "en")).toBe("fr");
    expect(languageOf(GERMAN, null, "en")).toBe("de"); // a template's lang="en" on a German page
    expect(languageOf("Kurz.", null, "de-AT")).toBe("de");
    expect(languageOf("Kurz.", null, null)).toBeNull();
  });

  it("reads the primary subtag of declared values", () => {
    expect(primaryLanguage("pt_BR")).toBe("pt");
    expect(primaryLanguage(" EN-gb ")).toBe("en");
    expect(primaryLanguage("english please")).toBeNull();
  });
});

describe("stages on languages they were not built for", () => {
  const ctx = { skip: new Set<string>() };

  it("English: no notice", () => {
    const r = processFile("news/bridge.txt", enc(story("Bridge to be repaired", ENGLISH)), ctx);
    expect(r.articles[0].language).toBe("en");
    expect(r.notices ?? []).toEqual([]);
  });

  it("German: entities and dates run, each with a notice that they may be degraded", () => {
    const r = processFile("news/bruecke.txt", enc(story("Brücke wird saniert", GERMAN)), ctx);
    expect(r.articles[0].language).toBe("de");
    expect((r.notices ?? []).map((n) => [n.rule, n.language])).toEqual([
      ["entities/degraded-language", "de"],
      ["dates/degraded-language", "de"],
    ]);
  });

  it("Japanese: entities skipped with a notice (another script), dates still run", () => {
    const r = processFile("news/hashi.txt", enc(story("橋の修理", JAPANESE)), ctx);
    expect(r.articles[0].language).toBe("ja");
    expect(r.articles[0].mentions).toEqual([]);
    const rules = (r.notices ?? []).map((n) => n.rule);
    expect(rules).toEqual(["entities/skipped-language", "dates/degraded-language"]);
    expect(r.notices![0].level).toBe("warning");
  });
});
