/**
 * One table of the offices and roles after a person's name (stages/clean/text/role-nouns.ts), read by the dump's
 * "Name, Office" rule (the office column) and by the signed-statement roles (the statement column). Invented lines.
 */
import { describe, expect, it } from "vitest";
import { roleNounSource } from "../stages/clean/text/role-nouns.ts";
import { readByline } from "../stages/clean/text/header.ts";
import { cleanAuthor } from "../stages/clean/html/metadata.ts";

const office = new RegExp(String.raw`(?<!\p{L})(?:${roleNounSource("office")})(?!\p{L})`, "iu");
const statement = new RegExp(`^(?:${roleNounSource("statement")})$`, "i");

describe("role nouns table", () => {
  it("the office column reads German offices inside compounds and with their endings, and the other languages' offices", () => {
    for (const w of ["Pressesprecherin", "Bundesministerin", "Oberbürgermeister", "Vorsitzender", "Geschäftsführerin", "Spokeswoman", "Chairperson", "co-founder", "porte-parole", "alcaldesa", "burgemeester"]) expect(office.test(w), w).toBe(true);
    for (const w of ["Redakteurin", "Reporter", "Staff Writer", "Korrespondentin", "Leiterin", "Referent"]) expect(office.test(w), w).toBe(false);
  });
  it("the statement column keeps its own forms: heads and speakers' roles, no offices of state", () => {
    for (const w of ["Leiterin", "Pressesprecherin", "Referent", "Geschäftsführer", "Vorsitzender", "Direktorin", "Präsidentin", "spokesman", "spokesperson"]) expect(statement.test(w), w).toBe(true);
    for (const w of ["Bürgermeister", "Ministerin", "Regierungssprecher", "mayor"]) expect(statement.test(w), w).toBe(false);
  });
  it("the HTML reader drops a signed statement's role after the name, not an office of state", () => {
    expect(cleanAuthor(["Ilse Varga, Leiterin Kommunikation"])).toBe("Ilse Varga");
    expect(cleanAuthor(["Ilse Varga, Referentin für Verkehrspolitik"])).toBe("Ilse Varga");
    expect(cleanAuthor(["Henrik Dahl, Pressesprecher Stadtwerke"])).toBe("Henrik Dahl");
    expect(cleanAuthor(["Ilse Varga, Bürgermeisterin Nordstadt"])).not.toBe("Ilse Varga");
  });
  it("a 'Name, Office' line is recorded as an office's, not a writer's credit", () => {
    expect(readByline("Mara Quill, Pressesprecherin der Stadt")?.shape).toBe("name-role");
    expect(readByline("Mara Quill, Spokeswoman")?.shape).toBe("name-role");
    expect(readByline("Mara Quill, Staff Writer")?.shape).toBe("name-credit");
  });
});
