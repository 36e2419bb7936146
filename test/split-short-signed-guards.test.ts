/**
 * Guards of the short signed stories rule (test/split-short-signed.test.ts): a short signed piece under an article (a
 * reader's reply, a "Re:" comment), an advice column's question and its answer, and a Markdown post's reader reply stay
 * with the piece they belong to; only a run of short signed stories is cut whatever its length. Every text is invented.
 */
import { describe, expect, it } from "vitest";
import { AUTHORS, BODIES, DAYS, HEADS, run, signedStory } from "./helpers/split-text.ts";

/** Two short paragraphs (about 16 words each) of a reader's note on `word`. */
const note = (word: string): string[] => [
  `Thank you for your clear account of the ${word} plans, which answered most of what my neighbours had asked.`,
  `Still, the ${word} board ought to share its figures before it raises the charges again this year.`,
];
/** A signed, dated piece: headline, byline, date, then its paragraphs. */
const piece = (head: string, author: string, day: string, ps: string[]) => `${head}\nBy ${author}\n${day}\n\n${ps.join("\n\n")}`;

describe("a short signed piece under an article stays with it", () => {
  it("an article, then a reader's short signed reply under its own headline: one article, the article's writer", () => {
    const r = run("page.txt", `${signedStory(0)}\n\n${piece("Readers respond: the boat order", AUTHORS[1], DAYS[1][0], note("ferry"))}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
    expect(r.articles[0].text).toContain(BODIES[0][3]);
  });

  it("an article, then a signed comment headed with its headline after \"Re:\": one article", () => {
    const r = run("page.txt", `${signedStory(0)}\n\n${piece(`Re: ${HEADS[0]}`, AUTHORS[1], DAYS[1][0], note("ferry"))}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].title).toBe(HEADS[0]);
  });

  it("a short brief, then a short signed \"Re:\" reply to it: one article (a reply is no story of its own)", () => {
    const r = run("page.txt", `${piece(HEADS[2], AUTHORS[2], DAYS[0][0], note("museum"))}\n\n${piece(`Re: ${HEADS[2]}`, AUTHORS[1], DAYS[1][0], note("charter"))}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[2]);
  });

  it("an advice column's signed question, then the expert's signed answer: one article", () => {
    const question = ["My knee has ached for a month whenever I climb the stairs, even after a week of rest.", "Is it worth having it looked at, or will it settle down by itself in time?"];
    const answer = ["Pain that lasts a month and comes back on the stairs deserves a proper look.", "Ask your own practice for an appointment and note when the ache is at its worst."];
    const r = run("column.txt", `${piece("Ask the physio: why does my knee ache?", "Rosa Lind", DAYS[0][0], question)}\n\n${piece("The physio replies", "Karl Mott", DAYS[1][0], answer)}\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].text).toContain(answer[1]);
  });

  it("a signed \"Q:\" and a signed \"A:\" under one another: one article", () => {
    const r = run("qa.txt", `${piece("Q: Can the market stay open late?", AUTHORS[0], DAYS[0][0], note("market"))}\n\n${piece("A: Only on Fridays", AUTHORS[1], DAYS[1][0], note("hall"))}\n`);
    expect(r.articles).toHaveLength(1);
  });

  it("a Markdown post under its # headline, then a ## reader reply signed and dated: one article", () => {
    const text = `# ${HEADS[1]}\nBy ${AUTHORS[1]}\n${DAYS[1][0]}\n\n${BODIES[1].join("\n\n")}\n\n## Reader reply: the market hall\nBy ${AUTHORS[2]}\n${DAYS[2][0]}\n\n${note("market").join("\n\n")}\n`;
    const r = run("post.md", text);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0].author).toBe(AUTHORS[1]);
  });

  it("three short signed letters: never one letter alone and the other two glued under the second writer", () => {
    // (the third headline, two words, reads to the segmenter as no story header: it cuts once, between the first two)
    const heads = ["Bring back the night bus", "Save the reading room", "Pier lights"];
    const words = ["bus", "library", "pier"];
    const text = [0, 1, 2].map((i) => piece(heads[i], AUTHORS[i], DAYS[i][0], note(words[i]))).join("\n\n") + "\n";
    const r = run("letters.txt", text);
    expect([1, 3]).toContain(r.articles.length);
    expect(r.articles[0].author).toBe(AUTHORS[0]);
  });
});
