/**
 * Labelled credits (invented pages): a writer-photographer's or reporter's credit with its colon ("Text und Fotos: …",
 * "Reporterin: …"), and a label and its name in two elements that touch without a space in minified markup
 * ("<dt>Autorin</dt><dd>…</dd>", "<span>Von</span><a>…</a>").
 */
import { describe, expect, it } from "vitest";
import { metadataOf } from "./helpers/html-page.ts";

const PARAS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} tells how the harbour board voted on the late ferry and what commuters said afterwards.</p>`).join("");
const page = (top: string, end = "") =>
  metadataOf({ lang: "de", title: "Late ferry added", body: `<article><h1>Late ferry added</h1>${top}${PARAS}${end}</article>`, url: "https://harbour-times.example/late-ferry" });

describe("labelled credits", () => {
  it("reads a writer-photographer's credit line at the end of the text", () => {
    expect(page("", "<p>Text und Fotos: Maren Solberg</p>").author).toBe("Maren Solberg");
    expect(page("", "<p>Words &amp; Photos: Maren Solberg</p>").author).toBe("Maren Solberg");
  });

  it("reads a reporter's credit", () => {
    expect(page("<p>Reporterin: Maren Solberg</p>").author).toBe("Maren Solberg");
  });

  it("does not read a photographer's credit alone", () => {
    expect(page("", "<p>Fotos: Maren Solberg</p>").author).toBeNull();
  });
});

describe("a label and its name in elements that touch", () => {
  it("reads a definition list or two spans without a space between them", () => {
    expect(page(`<dl class="facts"><dt>Autorin</dt><dd>Maren Solberg</dd></dl>`).author).toBe("Maren Solberg");
    expect(page(`<div class="meta"><span>Autorin</span><span>Maren Solberg</span></div>`).author).toBe("Maren Solberg");
  });

  it("does not join a label to a longer text after it", () => {
    expect(page(`<div class="meta"><span>Autorin</span><span>Maren Solberg und der Hafenrat stellten gestern den neuen Fahrplan für alle Linien der Fähre vor, der ab Mai gilt.</span></div>`).author).toBeNull();
  });
});
