/**
 * Text-dump cleaning families found on unseen sites (eval:clean-silver folds A1/A2): long paragraphs
 * standing between headings and fact lists, prose in scripts whose full stop is not ".", and boilerplate phrased in
 * other languages (read-more promos, comment forms, embed consent placeholders, share rows, ad buttons).
 * Every dump is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const P = FOOTBRIDGE;

/** An invented paragraph of about 75 words about one place, for a guide whose sections are heading, paragraph, facts. */
const section = (place: string) =>
  `The ${place} lies at the end of a quiet valley road, and the walk from the car park to the water takes about ten ` +
  `minutes along a path lined with old beech trees. In winter the warm springs keep the pools open even when the ` +
  `meadows around them are white, and the small cafe by the entrance serves soup and bread until late in the ` +
  `afternoon. Families come for the shallow pool, while walkers often stop on their way over the ridge to the next village.`;

describe("long paragraphs between headings and fact lists (guides, round-ups)", () => {
  it("keeps every section of a guide above a comment thread of long comments", () => {
    const places = ["North Spring", "Birch Pool", "Stone Baths"];
    const sections = places.flatMap((p) => [p, section(p), "Good to know:", "* Open daily", "* Free parking", "* Café on site"]);
    const comments = [
      "12 Comments",
      "Jane Roe · 3 March 2024",
      "We went to the first pool last winter with our children and it was lovely, but the cafe closed early and we had to drive back to town for dinner, which took almost an hour on the icy road.",
      "Max Muster · 4 March 2024",
      "Thanks for the list, the third one is our favourite and we go there every year in February when the valley is quiet and the snow is still on the ridge above the village.",
    ];
    const r = cleanTextDump(txt(...menu, "Three warm pools for a winter day", ...sections, ...comments, ...footer));
    const out = bodyLines(r);
    for (const p of places) expect(out).toContain(section(p));
    expect(out.join("\n")).not.toContain("Thanks for the list");
  });
});

describe("sentence ends of other scripts", () => {
  it("reads Devanagari paragraphs closed by a danda as prose", () => {
    const hindi = [
      "शहर के पुराने पुल की मरम्मत का काम सोमवार को शुरू हो गया और अधिकारियों ने कहा कि यह काम अगले महीने तक पूरा हो जाएगा।",
      "स्थानीय लोगों ने बताया कि बारिश के मौसम में पुल बंद होने से बच्चों को स्कूल जाने के लिए लंबा रास्ता तय करना पड़ता था।",
      "नगर निगम के इंजीनियर ने कहा कि नए पुल पर भारी वाहनों को जाने की अनुमति नहीं होगी और पैदल चलने वालों के लिए अलग रास्ता बनाया जाएगा।",
    ];
    const nav = ["होम", "देश", "खेल", "मनोरंजन", "वीडियो", "टेक", "ऑटो", "शहर चुनें"];
    const r = cleanTextDump(txt(...nav, "पुराने पुल की मरम्मत शुरू", ...hindi, ...nav.slice(0, 4), ...footer));
    expect(bodyLines(r)).toEqual(hindi);
  });
});

describe("boilerplate phrased in other languages", () => {
  it("drops a German read-more promo, a learn-more button and an embed consent placeholder, and keeps the paragraphs around them", () => {
    const r = cleanTextDump(
      txt(
        ...menu,
        "Footbridge rebuilt by volunteers",
        P[0],
        P[1],
        "Mehr lesen: Wie das Hochwasser die Brücke mitriss",
        "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.",
        "Mehr erfahren",
        "Beitrag laden",
        "Instagram-Beiträge immer entsperren",
        P[2],
        P[3],
        ...footer,
      ),
    );
    const out = bodyLines(r);
    expect(out).toEqual([P[0], P[1], P[2], P[3]]);
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(["clean/read-more", "clean/embed"]));
  });

  it("drops the comment form of a German blog under the article", () => {
    const form = [
      "Schreibe einen Kommentar Antworten abbrechen",
      "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
      "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
      "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.",
    ];
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", P[0], P[1], P[2], P[3], ...form, ...footer));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it("keeps the paragraphs around an ad whose hide button a Markdown dump prints as a link", () => {
    const md = (...lines: string[]) => lines.join("\n\n");
    const r = cleanTextDump(md("[Home](/)", "[News](/news)", "Footbridge rebuilt by volunteers", P[0], P[1], "Advertisement", "[Hide Ad](#)", P[2], "Advertisement", "[Hide Ad](#)", P[3], "[Privacy](/privacy)"));
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it("names share rows and reply buttons in other languages in the audit", () => {
    const rows = ["Jetzt teilen", "Compartir en Facebook Compartir en Twitter", "Partager sur Facebook"];
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", ...rows, P[0], P[1], P[2], P[3], "Antworten", ...footer));
    const ruleOf = (t: string) => r.removed.find((x) => x.text === t)?.rule;
    for (const row of rows) expect(ruleOf(row)).toBe("clean/share");
    expect(ruleOf("Antworten")).toBe("clean/comments");
    expect(bodyLines(r)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it("keeps a paragraph that only mentions sharing or loading (a whole line is needed)", () => {
    const line = "Residents were asked to share photos of the old bridge, and the museum will load them onto its website next month.";
    const r = cleanTextDump(txt(...menu, "Footbridge rebuilt by volunteers", P[0], line, P[1], P[2], ...footer));
    expect(bodyLines(r)).toContain(line);
  });
});
