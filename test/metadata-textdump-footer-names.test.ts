/**
 * Names in a dump's footer (invented dumps): a copyright line that prints the site's name before the sign ("Harbour
 * Weekly © 2024", "Quill Review, 2018-2019 © All rights reserved."). Guards: a picture's credit "Jane Doe © 2024" and a
 * brand's mark with no year name no site.
 */
import { describe, expect, it } from "vitest";
import { publisherOfDump } from "../stages/clean/text/publisher.ts";

const BODY = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of the story about the harbour board and the ferry pier, long enough to read as prose.`);
const withFooter = (footer: readonly string[]) => [...BODY, "", ...footer].join("\n");

describe("a copyright line with the name before the sign", () => {
  it("names the site", () => {
    expect(publisherOfDump(withFooter(["Harbour Weekly © 2024"]))).toBe("Harbour Weekly");
    expect(publisherOfDump(withFooter(["Quill Review, 2018-2019 © All rights reserved."]))).toBe("Quill Review");
    expect(publisherOfDump(withFooter(["Harbour Review (c) 2011-2020", "Imprint"]))).toBe("Harbour Review");
    expect(publisherOfDump(withFooter(["Harbour Press Inc © 2020. All rights reserved"]))).toBe("Harbour Press");
  });
  it("guard: a person's or a picture library's credit is no site", () => {
    expect(publisherOfDump(withFooter(["Jane Doe © 2024"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Getty Images © 2024"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Photo: Harbour Weekly © 2024"]))).toBeNull();
  });
  it("guard: a brand's mark with no year and no rights notice is no footer's notice", () => {
    expect(publisherOfDump(withFooter(["Harbour News ©"]))).toBeNull();
    expect(publisherOfDump(withFooter(["Harbour News (c) Radio"]))).toBeNull();
  });
});
