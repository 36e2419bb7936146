/**
 * Byline words of more languages (invented names and pages): the word goes, the name stays, in a byline element and
 * on a line of its own under the headline; caseless scripts (Persian, Hindi) by their labels near the headline.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const PARA = paragraph("The lock gates on the canal close for repairs in spring, and barges will wait at the lower basin for up to two days.", 5);
const HEAD = "<h1>Canal locks close for repairs</h1>";
const inElement = (line: string) => metadataOf({ body: `${HEAD}<div class="byline">${line}</div>${PARA}${PARA}` }).author;
const onLine = (line: string) => metadataOf({ body: `${HEAD}<p>${line}</p>${PARA}${PARA}` }).author;

describe("byline words of more languages", () => {
  const cases: [string, string][] = [
    ["Napísala: Zuzana Hrubá", "Zuzana Hrubá"],
    ["Napsal Tomáš Vrba", "Tomáš Vrba"],
    ["Napisao Dario Kovač", "Dario Kovač"],
    ["Написала Ольга Ветрова", "Ольга Ветрова"],
    ["Автор текста: Ольга Ветрова", "Ольга Ветрова"],
    ["Írta: Szabó Réka", "Szabó Réka"],
    ["Συντάκτρια: Ελένη Μαυρίδου", "Ελένη Μαυρίδου"],
    ["Ditulis oleh Rina Wulandari", "Rina Wulandari"],
    ["Viết bởi Trần Thu Hà", "Trần Thu Hà"],
    ["A cura di Giulia Ferri", "Giulia Ferri"],
    ["Reportaje: Lucía Ibarra", "Lucía Ibarra"],
  ];
  for (const [line, name] of cases) {
    it(`reads "${line}"`, () => {
      expect(inElement(line)).toBe(name);
      expect(onLine(line)).toBe(name);
    });
  }

  it("does not read the words inside a sentence", () => {
    expect(onLine("Trần Thu Hà said the ferry was late again.")).toBeNull();
  });
});

describe("labelled bylines in caseless scripts", () => {
  it("reads a Persian writer's label", () => {
    expect(onLine("نویسنده: مریم کاظمی")).toBe("مریم کاظمی");
    expect(inElement("به قلم مریم کاظمی")).toBe("مریم کاظمی");
  });

  it("reads a Hindi writer's or correspondent's label", () => {
    expect(onLine("लेखक: अमित वर्मा")).toBe("अमित वर्मा");
    expect(onLine("संवाददाता: नेहा जोशी")).toBe("नेहा जोशी");
  });

  it("needs the colon after the Hindi label", () => {
    expect(onLine("लेखक अमित वर्मा की नई किताब")).toBeNull();
  });
});
