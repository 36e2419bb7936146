/**
 * Bylines in scripts without letter case and names with letters outside ASCII (invented names): Arabic بقلم / كتب:,
 * Hebrew מאת, Korean "<name> 기자", Japanese 文：; several names joined by Cyrillic "и"; Turkish names that end in "e"
 * after a non-ASCII letter ("Ayşe" is one name, not "Ayş" and the Portuguese "e").
 */
import { describe, expect, it } from "vitest";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const BODY = paragraph("Lorem ipsum dolor sit amet, the market hall reopened after two years of repairs to its glass roof.");
const page = (lang: string, body: string) => metadataOf({ lang, body, url: "https://market-news.example/hall" });

describe("bylines in scripts without letter case", () => {
  it("reads Arabic 'by the pen of' and 'wrote:'", () => {
    expect(page("ar", `<h1>إعادة افتتاح السوق</h1><p>بقلم: سامر خليل</p>${BODY}`).author).toBe("سامر خليل");
    expect(page("ar", `<h1>إعادة افتتاح السوق</h1><p>كتب: سامر خليل</p>${BODY}`).author).toBe("سامر خليل");
  });

  it("does not read the Arabic verb 'wrote' in running text as a byline", () => {
    expect(page("ar", `<h1>إعادة افتتاح السوق</h1><p>كتب سامر خليل رسالة إلى البلدية</p>${BODY}`).author).toBeNull();
  });

  it("reads Hebrew 'by'", () => {
    expect(page("he", `<h1>השוק נפתח מחדש</h1><p>מאת דנה לוי</p>${BODY}`).author).toBe("דנה לוי");
  });

  it("reads a Korean reporter's name before 기자, with or without an address after it", () => {
    expect(page("ko", `<h1>시장 재개장</h1>${BODY}<p>[서울=마켓뉴스 김하늘 기자] 시장이 다시 문을 열었다.</p>`).author).toBe("김하늘");
    expect(page("ko", `<h1>시장 재개장</h1><div class="byline">김하늘 기자 sky@market-news.example</div>${BODY}`).author).toBe("김하늘");
  });

  it("reads Japanese 'text:'", () => {
    expect(page("ja", `<h1>市場が再開</h1><p>文：佐藤花子</p>${BODY}`).author).toBe("佐藤花子");
  });
});

describe("names outside ASCII", () => {
  it("splits several names joined by Cyrillic 'и'", () => {
    expect(cleanAuthor(["Ольга Сидорова и Пётр Орлов"])).toBe("Ольга Сидорова, Пётр Орлов");
  });

  it("keeps a name ending in 'e' after a non-ASCII letter whole", () => {
    expect(cleanAuthor(["Ayşe Demir"])).toBe("Ayşe Demir");
    expect(cleanAuthor(["Ayşe Demir e Bruno Costa"])).toBe("Ayşe Demir, Bruno Costa");
  });
});
