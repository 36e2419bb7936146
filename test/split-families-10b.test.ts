/**
 * Story splitting: single articles whose short sections sit between rules (an unsigned feature, a listicle, an
 * FAQ, a recipe, fiction in parts, an interview) and a story's own explainer box under a rule stay one article; a
 * record's two short stories of two writers and two days are cut. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, expectKept, HEADS, run, signedStory } from "./helpers/split-text.ts";

/** A title, an intro paragraph, then headed sections of one or two short paragraphs, joined by `rule`. */
function piece(title: string, intro: string, sections: [string, string][], rule: string, heading = ""): string {
  return `${heading}${title}\n\n${intro}\n\n${rule}\n\n${sections.map(([h, p]) => `${heading ? "#" : ""}${heading}${h}\n\n${p}\n`).join(`\n${rule}\n\n`)}`;
}

describe("split guard: one article's short sections between rules stay one article", () => {
  const cases: [string, string, string][] = [
    [
      "an unsigned feature with three sections under dashes",
      "feature.txt",
      piece(
        "Life beside the canal",
        "The boat people of Wharf Row have tied up below the mill for as long as anyone can remember, and every autumn they wonder whether the lock will hold.",
        [
          ["The first hard winter", "Edna Marsh was twelve when the canal froze solid and her father walked the coal across the ice to the mill in a wheelbarrow."],
          ["Waiting for the lock keeper", "For years the broken gate was patched with planks. Letters went to the canal company and came back with polite regrets."],
          ["The summer after", "This year a crew finally arrived with a crane, and the new gate swung shut on its first try while the whole row watched."],
        ],
        "-----",
      ),
    ],
    [
      "a Markdown listicle of four places under asterisk rows",
      "list.md",
      piece(
        "Five calm corners of the old town",
        "Our readers sent us their favourite places to sit quietly for an hour, away from the traffic and the shops.",
        [
          ["The walled herb garden", "Behind the almshouses a gate opens onto rows of sage and thyme, with a stone seat warmed by the afternoon sun."],
          ["The upper gallery of the corn exchange", "Few visitors climb the iron stairs, so the long balcony above the hall is nearly always empty at lunchtime."],
          ["The ferry steps at low tide", "When the water drops, the lowest steps turn into a dry platform where you can watch the gulls work the mud."],
          ["The old chapel yard", "Yew trees shade a handful of benches, and the only sound most days is the clock striking the quarters."],
        ],
        "* * *",
        "# ",
      ),
    ],
    [
      "a visitors' FAQ with four short answers under equals signs",
      "faq.txt",
      piece(
        "Using the swimming baths",
        "A short guide for first-time visitors to the town's restored Victorian baths.",
        [
          ["When we open", "The pools are open from seven in the morning until nine at night, except on Sunday afternoons."],
          ["What it costs", "A single swim is four pounds for adults and half that for children under sixteen."],
          ["How to get here", "The baths stand opposite the bus station, and there is a bicycle rack by the main door."],
          ["Help for disabled visitors", "A hoist lowers swimmers into the small pool, and staff will help anyone who asks at reception."],
        ],
        "==========",
      ),
    ],
    [
      "a recipe's steps under dashes",
      "recipe.txt",
      piece(
        "Aunt Rose's plum tart",
        "Aunt Rose made this tart every September from the plums on the wall of her cottage, and nobody ever managed to copy it exactly.",
        [
          ["Rolling the pastry", "Rub cold butter into the flour, bind it with an egg yolk and roll it thin enough to see the board through it."],
          ["Stoning the plums", "Halve the plums, lift out the stones and lay the halves cut side up in tight overlapping circles."],
          ["Into the oven", "Sprinkle sugar over the fruit and bake in a hot oven for half an hour, until the juices bubble at the edges."],
        ],
        "-----",
      ),
    ],
    [
      "a short story in parts under asterisk rows",
      "fiction.txt",
      piece(
        "The night train",
        "He boarded the night train with a ticket that was two days out of date and hoped no one would look at it closely.",
        [
          ["At the border", "The guard held the ticket under his lamp for a long time, then handed it back without a word and moved on."],
          ["The stranger's suitcase", "A woman left a brown suitcase on the rack and got off at a small station. He never saw her again."],
          ["Home again", "When he reached the city at dawn, the suitcase was still there. He left it for the cleaners and walked out into the rain."],
        ],
        "* * *",
      ),
    ],
    [
      "an interview's topics under dashes",
      "qa.txt",
      piece(
        "Five questions for the new librarian",
        "We spoke to Owen Price, who takes over the central library after the summer, about books and buildings.",
        [
          ["Why libraries", "I grew up in a flat with no books at all, and the branch library down the road became my second home."],
          ["The first month", "I will listen before I change anything. The staff know far more about this place than I do."],
          ["A book to recommend", "Anything by an author you have never heard of. Pick the spine you like the look of and take it home."],
        ],
        "-----",
      ),
    ],
  ];
  for (const [what, name, text] of cases) {
    it(`${what}: one article, every section's heading and text in it`, () => {
      const r = run(name, text);
      expect(r.articles).toHaveLength(1);
      const headings = [...text.matchAll(/^(?:#+ )?(.+)\n\n(.+)\n$/gm)].map((m) => m[1]).filter((h) => /\p{L}/u.test(h));
      expect(headings.length).toBeGreaterThanOrEqual(3);
      for (const h of headings) expect(r.articles[0].text + (r.articles[0].title ?? "")).toContain(h);
      expectKept(r, [...text.matchAll(/^(.{60,})$/gm)].map((m) => m[1]));
    });
  }

  it("a dated, signed story, then its own explainer box of three subheads under a rule: one article", () => {
    const story = `Council backs new sea wall\nBy ${AUTHORS[0]}\n${DAYS[0][0]}\n\nThe borough council voted last night to build a new sea wall along the promenade, after a winter in which the old wall failed twice.\n\nThe council said the wall would cost twelve million pounds and take three years, and that the promenade would stay open during the work.\n\nSome councillors said the wall would spoil the view, but the vote passed comfortably after a long debate in the council chamber.\n\nShop owners on the promenade welcomed the plan, saying the last two floods had cost them most of the summer trade.\n`;
    const box = [
      ["What happens next", "The council will invite builders to bid for the wall this spring and choose one by the autumn."],
      ["Who pays for the wall", "Most of the cost comes from a national grant, and the council will borrow the rest over twenty years."],
      ["How to have your say", "Residents can comment on the design of the wall at the council offices until the end of next month."],
    ];
    const r = run("story.txt", `${story}\n----------\n\n${box.map(([h, p]) => `${h}\n\n${p}\n`).join("\n")}`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
    expectKept(r, box.map(([, p]) => p));
  });
});

describe("split guard: two short stories fused in one record", () => {
  const rec = (text: string) => JSON.stringify({ url: "https://example.org/a", title: HEADS[0], text }) + "\n";
  for (const n of [2, 3]) {
    it(`two stories of ${n} paragraphs, two writers and two days: one article each, each with its own byline and date`, () => {
      const r = run("two.jsonl", rec(`${signedStory(0, { paras: n })}\n\n${signedStory(1, { paras: n })}`));
      expect(r.articles.map((a) => a.author)).toEqual(AUTHORS.slice(0, 2));
      expect(r.articles.map((a) => a.published?.slice(0, 10))).toEqual(DAYS.slice(0, 2).map((d) => d[1]));
      expectKept(r, [...BODIES[0].slice(0, n), ...BODIES[1].slice(0, n)]);
    });
  }
  it("a story of three paragraphs, then a signed and dated story of one paragraph: one article", () => {
    const r = run("one.jsonl", rec(`${signedStory(0, { paras: 3 })}\n\n${signedStory(1, { paras: 1 })}`));
    expect(r.articles).toHaveLength(1);
  });
});
