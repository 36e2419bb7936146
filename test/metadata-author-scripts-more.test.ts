/**
 * Bylines of Chinese and Russian news pages (invented names and text): the "text/" credit and "this paper's reporter"
 * lines of Chinese papers, several names after one label joined by "、", never a photo credit; Russian "Авторы:" with
 * two names and the correspondent's credit.
 */
import { describe, expect, it } from "vitest";
import { metadataOf, paragraph } from "./helpers/html-page.ts";

const zh = "<p>" + "港口委员会同意在周五增加一班晚间渡轮，通勤者整个冬天都在要求这样做。".repeat(12) + "</p>";
const ru = paragraph("Совет порта согласился добавить поздний паром по пятницам после просьб пассажиров.", 8);
const page = (body: string, lang: string) => metadataOf({ lang, title: "晚班渡轮", body, url: "https://harbour.example/a" }).author;

describe("Chinese bylines", () => {
  it("reads the 'text/' credit under the headline", () => {
    expect(page(`<h1>晚班渡轮</h1><p>文/林小文</p>${zh}`, "zh")).toBe("林小文");
    expect(page(`<h1>晚班渡轮</h1><p>文／记者 林小文</p>${zh}`, "zh")).toBe("林小文");
    expect(page(`<h1>晚班渡轮</h1><p>撰文：林小文</p>${zh}`, "zh")).toBe("林小文");
  });

  it("reads 'this paper's reporter <name>' and several names joined by '、'", () => {
    expect(page(`<h1>晚班渡轮</h1><p>本报记者 林小文 报道</p>${zh}`, "zh")).toBe("林小文");
    expect(page(`<h1>晚班渡轮</h1><p>作者：林小文、陈大海</p>${zh}`, "zh")).toBe("林小文, 陈大海");
  });

  it("takes no photographer's credit and no source line", () => {
    expect(page(`<h1>晚班渡轮</h1><p>本报记者 林小文 摄</p>${zh}`, "zh")).toBeNull();
    expect(page(`<h1>晚班渡轮</h1><p>来源：港口日报</p>${zh}`, "zh")).toBeNull();
  });
});

describe("Russian bylines", () => {
  it("reads two authors after 'Авторы:' and the correspondent's credit", () => {
    expect(page(`<h1>Поздний паром</h1><p>Авторы: Анна Иванова и Пётр Смирнов</p>${ru}`, "ru")).toBe("Анна Иванова, Пётр Смирнов");
    expect(page(`<h1>Поздний паром</h1><p>Корреспондент Анна Иванова</p>${ru}`, "ru")).toBe("Анна Иванова");
  });
});
