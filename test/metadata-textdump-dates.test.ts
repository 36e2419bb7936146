/**
 * Dates of whole-page text dumps (invented dumps, session 15t4): the day of an ambiguous numeric dateline follows the
 * dump's language; each case has a control where the rule must not fire.
 */
import { describe, expect, it } from "vitest";
import { dumpWith } from "./helpers/textdump.ts";
import { cleanTextDump } from "../stages/clean/text.ts";

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
