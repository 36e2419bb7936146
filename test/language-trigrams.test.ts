/**
 * stages/split/trigram-language.ts gives franc-min's answer from franc-min's data, faster: compared with
 * franc-min itself on random texts (every script franc-min tells apart, mixed, with punctuation and digits)
 * and on texts made of one language profile's own trigrams, where the nearest profiles are close.
 */
import fc from "fast-check";
import { franc } from "franc-min";
import { data } from "franc-min/data.js";
import { describe, expect, it } from "vitest";
import { trigramLanguage } from "../stages/split/trigram-language.ts";

const MIN = 40;
/** Letters of several scripts, blanks, digits and ASCII punctuation (franc-min turns the latter into blanks). */
const ALPHABET = [..."abcdefghijklmnopqrstuvwxyzáéíóúàèäöüñçøåłşğățđ", ..."   \n\t.,;:!?'\"()-0123456789", ..."абвгдежзиклмнопрстуфхцчшщыэюяїієґ", ..."ابتثجحخدذرسشصضطظعغفقكلمنهوي", ..."कखगघचजटडतदनपबमयरलवशसह", ..."日本語中文한국어ελληνικά"];
const randomText = fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 700 }).map((cs) => cs.join(""));
/** Text made of a random language's own profile trigrams (of one script), shuffled and repeated. */
const profileText = fc
  .record({ script: fc.constantFrom(...Object.keys(data)), pick: fc.nat(), picks: fc.array(fc.nat(), { minLength: 5, maxLength: 120 }) })
  .map(({ script, pick, picks }) => {
    const languages = Object.values(data[script]!);
    const profile = languages[pick % languages.length]!.split("|");
    return picks.map((p) => profile[p % profile.length]).join("");
  });

describe("trigram language guess", () => {
  it("gives franc-min's answer on random texts", () => {
    fc.assert(fc.property(randomText, (text) => trigramLanguage(text, MIN) === franc(text, { minLength: MIN })), { numRuns: 3000 });
  });

  it("gives franc-min's answer on texts near a language's profile", () => {
    fc.assert(fc.property(profileText, (text) => trigramLanguage(text, MIN) === franc(text, { minLength: MIN })), { numRuns: 3000 });
  });

  it("reads only franc-min's sample length and leaves short texts undetermined", () => {
    expect(trigramLanguage("", MIN)).toBe("und");
    expect(trigramLanguage("short text", MIN)).toBe("und");
    const long = "Der Stadtrat hat am Montag beschlossen, die alte Brücke zu sanieren. ".repeat(60);
    expect(trigramLanguage(long, MIN)).toBe(franc(long, { minLength: MIN }));
    expect(trigramLanguage(long, MIN)).toBe("deu");
  });
});
