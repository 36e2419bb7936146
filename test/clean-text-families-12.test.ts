/**
 * Text cleaning: an in-article read-more promo that the article resumes
 * under does not end the body, and the guards around each rule. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { cleanTextDump } from "../stages/clean/text.ts";
import { bodyLines, FOOTBRIDGE, footer, menu, txt } from "./helpers/footbridge.ts";

const TITLE = "Footbridge rebuilt by volunteers after the spring floods";
/** A long article: the footbridge story and six more paragraphs about the town's repairs. */
const LONG = [
  ...FOOTBRIDGE,
  "The town's other crossings were checked in the same week, and two of the four small bridges upstream were closed for a few days as a precaution.",
  "Engineers from the regional office said the stone arches had held well, but the timber decks of the older crossings would need new beams within a year.",
  "Farmers on the far bank had to drive their tractors through the next village while the road bridge was shut, a detour of almost twenty kilometres.",
  "The school's head teacher said attendance had fallen by a third during the month, because many parents did not want their children on the long path.",
  "A fund set up by the parish raised more than twelve thousand in three weeks, most of it in small gifts from families who live on both banks.",
  "The volunteers kept a list of every board and cable they used, so that the council could check the costs against the money the parish collected.",
];
/** Two closing paragraphs, short beside the article above. */
const CLOSING = [
  "Kolar said the group would meet again in the autumn to paint the rails and to fix the lamps that light the path after dark.",
  "The council will hold a small opening on Friday at noon, weather permitting, and the school children have been asked to cut the ribbon.",
];
const share = ["Facebook", "Twitter", "Share"];

describe("a read-more promo between an article's last paragraphs", () => {
  it("keeps the closing paragraphs under a 'Read more' label and one linked headline", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Read more", "Storm damage closes two mountain roads for the week", ...CLOSING, ...share, ...footer));
    expect(bodyLines(r)).toEqual([...LONG, ...CLOSING]);
  });
  it("keeps them under a 'Related' label too, in an innerText dump (no blank lines)", () => {
    const r = cleanTextDump([...menu, TITLE, ...LONG, "Related", "Storm damage closes two mountain roads for the week", ...CLOSING, ...share, ...footer].join("\n"));
    expect(bodyLines(r)).toEqual([...LONG, ...CLOSING]);
  });
  it("still drops a related box of teaser cards under the article (a headline over each blurb)", () => {
    const cards = [
      "Storm damage closes two mountain roads for the week",
      "Crews cleared the first road on Tuesday, and the second should open by the weekend.",
      "Night trains return to the valley line in June",
      "The operator said the new timetable would add three late trains on weekdays.",
    ];
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Related", ...cards, ...share, ...footer));
    expect(bodyLines(r)).toEqual(LONG);
  });
  it("still drops a related box whose card is a kicker, a headline and one blurb", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Read more", "Valley", "Storm damage closes two mountain roads for the week", CLOSING[0], ...share, ...footer));
    expect(bodyLines(r)).toEqual(LONG);
  });
  // (Review mend: the promo is one label over one headline; a list box's label never qualifies, whatever follows it.)
  const otherLede = [
    "Rock falls closed the pass road above Lindenau on Wednesday night, and the police turned back dozens of lorries at the foot of the valley.",
    "Geologists flew over the slope at first light and said a second slide could not be ruled out until the ground had dried for several days.",
  ];
  it("still drops a 'Most read' box over one headline and another story's lede", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...LONG, "Most read", "Pass road shut after rock falls above Lindenau", ...otherLede, ...share, ...footer));
    expect(bodyLines(r)).toEqual(LONG);
  });
  it("still drops a 'Related stories' box of two headlines over an appeal in full sentences", () => {
    const appeal = [
      "Reporting from small towns costs more every year, and the gifts of our readers now pay for half of the journalists in our newsroom.",
      "If you value this kind of local coverage, please think about giving a small amount each month so that it stays free for everyone to read.",
    ];
    const heads = ["Pass road shut after rock falls above Lindenau", "Night buses return to the valley line in June"];
    expect(bodyLines(cleanTextDump(txt(...menu, TITLE, ...LONG, "Related stories", ...heads, ...appeal, ...share, ...footer)))).toEqual(LONG);
    // (two headlines under a bare "Read more" label are a box too)
    expect(bodyLines(cleanTextDump(txt(...menu, TITLE, ...LONG, "Read more", ...heads, ...appeal, ...share, ...footer)))).toEqual(LONG);
  });
});

describe("an article's closing sections above a list of cut-off teasers", () => {
  const sections = [
    "Timber from the valley",
    "The planks came from a sawmill two villages away, which gave the wood at cost once it heard what it was for.",
    "Cables and bolts",
    "The steel cables were bought by the council, and a local smith made the bolts that hold the deck to the posts.",
  ];
  const teasers = [
    "Spring floods: what the town learned",
    "The river rose faster than anyone remembered, and the old warning sirens did not…",
    "A new roof for the village hall",
    "After three winters of leaks, the hall committee finally found the money to…",
    "The choir that sings on the bridge",
    "Every Sunday in summer, twenty singers meet on the old crossing and the…",
  ];
  it("keeps the closing sections and drops the teasers", () => {
    const r = cleanTextDump(txt(...menu, TITLE, ...FOOTBRIDGE, ...sections, "More posts", ...teasers, ...footer));
    const body = bodyLines(r);
    expect(body).toContain(sections[1]);
    expect(body).toContain(sections[3]);
    for (const t of teasers.filter((x) => x.endsWith("…"))) expect(body).not.toContain(t);
  });
  it("still drops a 'Latest posts' list whose first cards' blurbs happen to be full sentences", () => {
    const cards = [
      "Harvest festival moves to the school yard",
      "The parish council agreed on Monday to hold the fair on the school's grounds.",
      "New benches for the riverside path",
      "Six oak benches were set along the water by the youth club last week.",
      "Bus shelter repainted by art students",
      "The students chose blue and yellow after asking the people who wait there every…",
      "Library opens on Sunday afternoons",
      "From next month the reading room will stay open for three hours, and the…",
      "Village shop changes hands",
      "After thirty years behind the counter, the owners have sold the shop to a young…",
      "Fire brigade buys a second boat",
      "The old boat was too small for the floods last spring, so the crew raised…",
    ];
    const article = FOOTBRIDGE.slice(0, 3);
    expect(bodyLines(cleanTextDump(txt(...menu, TITLE, ...article, "Latest posts", ...cards, ...footer)))).toEqual(article);
    expect(bodyLines(cleanTextDump(txt(...menu, TITLE, ...article, ...cards, ...footer)))).toEqual(article);
  });
});

describe("a last paragraph signed with the editor's initials", () => {
  const STORY = [
    "Die Bäckerei am Marktplatz von Unterweiden backt seit Montag wieder, nachdem ein Kurzschluss im Jänner den alten Ofen zerstört hatte.",
    "Weil der Betrieb keinen gebrauchten Ofen fand, haben drei Nachbargemeinden das Geld für einen neuen gemeinsam vorgestreckt.",
    "Die Schlange vor der Tür reichte am ersten Morgen bis zur Kirche, und um neun Uhr waren die Semmeln ausverkauft.",
  ];
  const SIGNED = "Der Gemeinderat will im Herbst über einen Zuschuss für die Bäckerei beraten. (mw/red)";
  it("keeps it in the body", () => {
    const r = cleanTextDump(txt(...menu, "Unterweiden hat wieder frisches Brot", "12.03.2025", ...STORY, SIGNED, "Artikel teilen", "Drucken", ...footer));
    expect(bodyLines(r)).toEqual([...STORY, SIGNED]);
  });
  it("still drops a 'Latest' list whose blurbs end on a bracketed link word after the stop", () => {
    const cards = [
      "Ferry timetable changes for the winter",
      "The last crossing now leaves at six. (more)",
      "School choir wins the county prize",
      "Forty pupils sang in the final on Saturday. (more)",
      "Cycle path to the lake opens early",
      "The builders finished the work a month ahead. (more)",
    ];
    const r = cleanTextDump(txt(...menu, TITLE, ...FOOTBRIDGE, "Latest", ...cards, ...footer));
    expect(bodyLines(r)).toEqual(FOOTBRIDGE);
  });
});

describe("a guide's introduction above its table of contents", () => {
  const intro = [
    "Rebuilding a small footbridge is a job a village can do itself, if it plans the work well and asks the right people for help early on.",
    "This guide follows the volunteers of one hill town through the month it took them, from the first drawings to the day the children crossed again.",
  ];
  const heads = ["Measuring the gap", "Choosing the timber", "Setting the posts", "Hanging the cables", "Laying the deck", "Testing the load"];
  const section = (h: string, k: number) => [
    h,
    `Step ${k + 1} took the group about a week, and the carpenters said it was the part they would plan more carefully the next time they build a bridge.`,
    `On day ${k + 2} most of the work was done by the farmers and the teachers, who were free to lend a hand while the weather stayed dry enough.`,
  ];
  const dump = txt(...menu, TITLE, ...intro, "Contents", ...heads, ...heads.flatMap(section), ...footer);
  it("keeps the introduction and the sections, and drops the contents box", () => {
    const body = bodyLines(cleanTextDump(dump));
    expect(body.slice(0, 2)).toEqual(intro);
    for (const h of heads) expect(body.filter((l) => l === h)).toHaveLength(1);
    expect(body).toHaveLength(intro.length + heads.length * 3);
  });
  it("keeps a briefing's summary sentences at its top when each heads its own section", () => {
    const summary = [
      "The harbour board approved a new winter ferry timetable on Monday.",
      "A second doctor joins the island's clinic early next year.",
      "Volunteers counted a record number of seals on the northern beaches.",
    ];
    const sections = [
      [
        "Boats will leave the harbour every two hours from November, and the last crossing of the day moves to half past six in the evening.",
        "Shop owners on the quay had asked for a later boat, but the board said too few people travel after dark in winter to pay for the crew.",
      ],
      [
        "The clinic has had one doctor since the summer, and patients with appointments that are not urgent have waited up to three weeks.",
        "The health authority said the new doctor would live on the island and also take the weekend calls that now go to the mainland.",
      ],
      [
        "Forty volunteers walked the northern beaches at low tide on Sunday and counted almost three hundred grey seals and their pups.",
        "Wardens asked walkers to keep their dogs on a lead and to stay at least fifty metres away from the pups until the end of January.",
      ],
    ];
    const story = (h: string, k: number) => [h, ...sections[k]];
    const brief = [...summary, ...summary.flatMap(story)];
    const body = bodyLines(cleanTextDump(txt(...menu, "Island briefing", ...brief, ...footer)));
    for (const h of summary) expect(body.filter((l) => l === h)).toHaveLength(2);
  });
});

describe("a bulleted list introduced by a sentence with a colon", () => {
  const TITLE2 = "Allotment society gets its plots ready for the frost";
  const opening = "Members of the Eastfield allotment society gathered on their plots on Saturday for the yearly work day before the first frost of the season.";
  const lead = "Before leaving for the winter, the committee asks every member to finish five jobs on their own plot:";
  const entries = ["- drain and coil the hoses", "- cover the compost bins with old carpet", "- mark the beds where the spring bulbs are planted", "- oil the shared tools", "- take home any glass cloches"];
  const closing = [
    "The society's secretary, Ruth Adeyemi, said most plots had been cleared by lunchtime, and the shared shed was locked until March.",
    "Anyone who wants to join the waiting list can write to the society, which expects to hand out four new plots when the season starts again.",
  ];
  it("keeps the opening, the lead-in and the entries with the article", () => {
    const r = cleanTextDump(txt(...menu, TITLE2, opening, lead, ...entries, ...closing, ...footer));
    // (the cleaner prints a list entry without its bullet)
    expect(bodyLines(r)).toEqual([opening, lead, ...entries.map((e) => e.replace(/^- /, "")), ...closing]);
  });
  it("does not keep a menu whose one-word label ends with a colon", () => {
    const r = cleanTextDump(txt(...menu, TITLE2, "Sections:", "- Plots", "- Events", "- Members", opening, ...closing, ...footer));
    expect(bodyLines(r)).toEqual([opening, ...closing]);
  });
});
