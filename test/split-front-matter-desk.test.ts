/**
 * A Markdown post whose front matter credits a desk ("author: News Desk", "author: Staff Writer", "author: Redaktion")
 * while its text prints the writer's byline: the byline names the article; the desk does only when the text names no
 * writer. A person's name in the front matter still goes first. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { processFile } from "../pipeline/document.ts";

const HEADLINE = "Ferry company orders two new boats";
const TEXT = [
  "The harbour board voted on Tuesday evening to close the old ferry pier for two years while engineers rebuild the pilings that have been sinking since the winter storms.",
  "Residents who rely on the morning crossing will be offered a bus link around the bay, the board said in a statement, and fares will stay at the current level until the pier reopens.",
  "Several fishermen told the meeting that the closure would cost them their mooring rights, and the chair promised a separate hearing on compensation before the end of the month.",
];
const post = (author: string, byline: string | null) =>
  `---\ntitle: "${HEADLINE}"\nauthor: ${author}\ndate: 2021-03-14\n---\n\n# ${HEADLINE}\n\n${byline ? `${byline}\n\n` : ""}${TEXT.join("\n\n")}\n`;
const authorOf = (author: string, byline: string | null) =>
  processFile("post.md", Buffer.from(post(author, byline), "utf8"), { skip: new Set(["entities", "dates"]) }).articles[0].author;

describe("front matter: a desk's credit does not beat the text's byline", () => {
  it("the byline the text prints names the article", () => {
    expect(authorOf("News Desk", "**By Mara Quill**")).toBe("Mara Quill");
    expect(authorOf("Staff Writer", "By Mara Quill")).toBe("Mara Quill");
    expect(authorOf("Harbour Times Staff", "By Mara Quill")).toBe("Mara Quill");
    expect(authorOf("Redaktion", "Von Mara Quill")).toBe("Mara Quill");
  });
  it("the desk names the article when the text names no writer", () => {
    expect(authorOf("News Desk", null)).toBe("News Desk");
    expect(authorOf("Redaktion", null)).toBe("Redaktion");
  });
  it("guard: a person's name in the front matter goes first, as before", () => {
    expect(authorOf("Peter Lund", "By Mara Quill")).toBe("Peter Lund");
    expect(authorOf("Ann Deskin", "By Mara Quill")).toBe("Ann Deskin");
  });
});
