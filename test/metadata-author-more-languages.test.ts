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
    // Vietnamese "bởi" alone is "by, because"; the "wrote" verbs quote a statement when a clause runs on after the name
    expect(onLine("Bởi Đà Lạt, nơi có nhiều hồ, rất đẹp.")).toBeNull();
    expect(onLine("Írta Kovács Péter, a párt szóvivője, a Facebookon.")).toBeNull();
    expect(onLine("Napisao Ivan Horvat, predsjednik kluba, na Facebooku.")).toBeNull();
    expect(onLine("Написал Иван Петров, глава района, в телеграме.")).toBeNull();
  });

  it("reads the longer Vietnamese form and a verb byline whose name ends the line", () => {
    expect(onLine("Bài viết bởi Trần Vân Anh")).toBe("Trần Vân Anh");
    expect(onLine("Írta Kovács Péter")).toBe("Kovács Péter");
    expect(inElement("Napisao Ivan Horvat | 3. 3. 2021.")).toBe("Ivan Horvat");
  });

  it("takes no organisation after Italian 'A cura di'", () => {
    expect(onLine("A cura di Comune di Milano")).toBeNull();
    expect(inElement("A cura di Comune di Milano")).toBeNull();
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

  it("does not read Persian 'by the pen of' crediting a book inside a sentence", () => {
    const fa = paragraph("قایق‌ها در حوضچه پایینی تا دو روز منتظر می‌مانند و دروازه‌ها در بهار تعمیر می‌شوند.", 5);
    expect(metadataOf({ body: `<h1>بسته شدن قفل‌های کانال</h1><p>کتاب جدیدی به قلم مریم کاظمی منتشر شد و در بازار است.</p>${fa}${fa}` }).author).toBeNull();
    expect(metadataOf({ body: `<h1>بسته شدن قفل‌های کانال</h1><p>به قلم مریم کاظمی</p>${fa}${fa}` }).author).toBe("مریم کاظمی");
  });

  it("needs the colon after the Hindi label", () => {
    expect(onLine("लेखक अमित वर्मा की नई किताब")).toBeNull();
  });
});
