/**
 * Dates of whole-page text dumps (invented dumps): the day of an ambiguous numeric dateline follows the
 * dump's language; each case has a control where the rule must not fire.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";
import { parseDateline } from "../stages/clean/text/header.ts";

/** An invented Portuguese article body (the dump's language decides how "03/05/2022" reads). */
const BODY_PT = [
  "A câmara municipal decidiu na terça-feira fechar o velho cais das balsas durante dois anos, enquanto os engenheiros reconstroem as estacas que afundam desde as tempestades do inverno.",
  "",
  "Os moradores que dependem da travessia da manhã terão uma linha de ônibus em volta da baía, disse a câmara em um comunicado, e as tarifas vão ficar no nível atual até a reabertura.",
  "",
  "Vários pescadores disseram na reunião que o fechamento vai custar os seus lugares de amarração, e o presidente prometeu uma audiência sobre a compensação antes do fim do mês.",
];

describe("an ambiguous numeric dateline", () => {
  it("reads day first in a dump written in a language other than English", () => {
    const r = cleanTextDump(dumpWith(["Câmara fecha o velho cais das balsas por dois anos", "", "Por Lúcia Ferreira | 03/05/2022 20:36"], BODY_PT));
    expect(r.meta.published?.slice(0, 10)).toBe("2022-05-03");
    expect(r.meta.author).toBe("Lúcia Ferreira");
  });
  it("reads month first in an English dump", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "By Lucy Ferrer | 03/05/2022 20:36"]));
    expect(r.meta.published?.slice(0, 10)).toBe("2022-03-05");
  });
});

describe("a dateline with a two-digit year", () => {
  it("dates the dump when the line is otherwise a dateline", () => {
    const r = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "28.01.22 / 3 comments"]));
    expect(r.meta.published).toBe("2022-01-28");
    expect(parseDateline("von Mara Quill, 8.5.12")).toMatchObject({ iso: "2012-05-08", author: "Mara Quill" });
    expect(parseDateline("10/12/20 - 10h02", true)?.iso).toBe("2020-12-10");
    expect(parseDateline("By Mara Quill • 11/08/23 5:19pm")?.iso).toBe("2023-11-08");
  });
  it("reads year-first dots before a clock time", () => {
    expect(parseDateline("입력 2020.08.27 20:27")?.iso).toBe("2020-08-27");
    expect(parseDateline("Studio 2020.08.27 build notes")).toBeNull();
  });
  it("is not read from a version number, a score or a slashed date without a clock", () => {
    expect(parseDateline("Version 2.1.19")).toBeNull();
    expect(parseDateline("Final score 3/4/22")).toBeNull();
    expect(parseDateline("1.2.19.4")).toBeNull();
  });
});

describe("a date that opens the lede or a meta row", () => {
  it("dates the dump when no dateline did", () => {
    const lede = ["(14.03.2021) " + BODY_PT[0], ...BODY_PT.slice(1)];
    expect(cleanTextDump(dumpWith(["Câmara fecha o velho cais das balsas por dois anos", ""], lede)).meta.published).toBe("2021-03-14");
    const row = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "14 March 2021 Print Share Feedback Download Comments Save"]));
    expect(row.meta.published).toBe("2021-03-14");
  });
  it("does not date the dump from a date inside a sentence or closing a line", () => {
    const inside = ["A câmara decidiu em 14.03.2021 fechar o velho cais, " + BODY_PT[0], ...BODY_PT.slice(1)];
    expect(cleanTextDump(dumpWith(["Câmara fecha o velho cais das balsas por dois anos", ""], inside)).meta.published ?? null).toBeNull();
    const lower = cleanTextDump(dumpWith(["Harbour board shuts the old ferry pier for two years", "", "14 March 2021 was a wet day for every crew on the bay and beyond"]));
    expect(lower.meta.published ?? null).toBeNull();
  });
});

describe("dates glued to the next element of a meta row", () => {
  it("reads the published and updated days run together, and a date run into the byline word", () => {
    expect(parseDateline("1. November 20161. November 2016 jdoe")?.iso).toBe("2016-11-01");
    expect(parseDateline("12.05.2019von Mara Quill")).toMatchObject({ iso: "2019-05-12", author: "Mara Quill" });
  });
  it("control: a year followed by other figures is not split", () => {
    expect(parseDateline("Season 20161 results table")).toBeNull();
  });
});
