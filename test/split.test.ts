import { describe, expect, it } from "vitest";
import { groupArticles, splitDocument } from "../stages/split/index.ts";
import { findParagraphs } from "../stages/split/paragraphs.ts";
import { splitSentences } from "../stages/split/sentences.ts";
import type { SourceDoc, WorkDoc } from "../stages/types.ts";

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("sentence splitting", () => {
  it("splits on terminal punctuation followed by a capital", () => {
    expect(sentences("The talks ended. Delegates left the hall! Would they return? Nobody knew.")).toEqual([
      "The talks ended.",
      "Delegates left the hall!",
      "Would they return?",
      "Nobody knew.",
    ]);
  });

  it("does not split after news abbreviations, initials or honorifics", () => {
    const t = "On Jan. 23 the envoy met Mr. Brown and George W. Bush in Springfield, Ill. yesterday. Talks resumed.";
    expect(sentences(t)).toEqual(["On Jan. 23 the envoy met Mr. Brown and George W. Bush in Springfield, Ill. yesterday.", "Talks resumed."]);
  });

  it("keeps a dotted acronym inside a sentence but splits before a sentence opener", () => {
    expect(sentences("The U.S. Ambassador spoke. He left.")).toEqual(["The U.S. Ambassador spoke.", "He left."]);
    expect(sentences("Aid came from the U.S. The convoy arrived.")).toEqual(["Aid came from the U.S.", "The convoy arrived."]);
  });

  it("keeps closing quotes with the sentence they close", () => {
    expect(sentences("“We want action.” The minister nodded.")).toEqual(["“We want action.”", "The minister nodded."]);
  });

  it("does not split inside decimals or lowercase continuations", () => {
    expect(sentences("Growth was 2.5 per cent. e.g. this stays. Prices rose.")).toEqual(["Growth was 2.5 per cent. e.g. this stays.", "Prices rose."]);
  });
});

describe("paragraphs", () => {
  it("finds blank-line separated paragraphs that slice the text", () => {
    const t = "First para.\n\nSecond para\nstill second.\n \n\nThird.";
    const ps = findParagraphs(t);
    expect(ps.map((p) => t.slice(p.start, p.end))).toEqual(["First para.", "Second para\nstill second.", "Third."]);
  });
});

describe("articles from blocks", () => {
  const source: SourceDoc = { source: "a.txt", recordId: null, index: 0, kind: "text", content: "", given: {}, format: "text" };

  it("starts a new article at each headline that follows body text", () => {
    const groups = groupArticles([
      { text: "First headline", role: "title" },
      { text: "Body one.", role: "body" },
      { text: "Second headline", role: "title" },
      { text: "Body two.", role: "body" },
    ]);
    expect(groups.map((g) => g.title)).toEqual(["First headline", "Second headline"]);
  });

  it("keeps a repeated headline once", () => {
    const groups = groupArticles([
      { text: "Same headline", role: "title" },
      { text: "Same headline", role: "title" },
      { text: "Body.", role: "body" },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].body.map((b) => b.text)).toEqual(["Body."]);
  });

  it("record-given metadata wins over values found on the page", () => {
    const doc: WorkDoc = {
      source: { ...source, given: { title: "Given title", published: "2020-05-01", publishedFrom: "record" } },
      clean: { blocks: [{ text: "Found title", role: "title" }, { text: "Body text here.", role: "body" }], removed: [], meta: { published: "2019-01-01", author: "A. Writer" } },
      articles: [],
      diagnostics: [],
    };
    const [a] = splitDocument(doc);
    expect(a.meta.title).toBe("Given title");
    expect(a.meta.published).toBe("2020-05-01");
    expect(a.meta.publishedFrom).toBe("record");
    expect(a.meta.author).toBe("A. Writer");
  });

  it("with clean skipped, keeps the text byte for byte and its paragraphs slice it", () => {
    const content = "  Already clean.\r\n\r\nSecond paragraph.  Two sentences here.\n";
    const [a] = splitDocument({ source: { ...source, content }, articles: [], diagnostics: [] });
    expect(a.text).toBe(content);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual(["Already clean.", "Second paragraph.  Two sentences here."]);
    expect(a.sentences.map((s) => a.text.slice(s.start, s.end))).toEqual(["Already clean.", "Second paragraph.", "Two sentences here."]);
  });

  it("joins paragraphs with a blank line so that they re-join to the text", () => {
    const doc: WorkDoc = {
      source,
      clean: { blocks: [{ text: "One. Two.", role: "body" }, { text: "Three.", role: "body" }], removed: [], meta: {} },
      articles: [],
      diagnostics: [],
    };
    const [a] = splitDocument(doc);
    expect(a.text).toBe("One. Two.\n\nThree.");
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join("\n\n")).toBe(a.text);
    expect(a.sentences).toHaveLength(3);
  });
});
