/**
 * Well-known alternative names of one entity that no spelling rule can link:
 * a country's official and short names, an organisation's names in several
 * languages or eras. General world knowledge, curated by hand from the
 * entities' own official names and their common English renderings (as in
 * ISO 3166 and Wikidata "also known as" lists, CC0); no text from any corpus.
 *
 * Each group is one entity of one type; `resolve()` links the group's names
 * that occur in the corpus, like a declared alias pair ("Harakat al-Tahrir
 * (Liberation Movement)"). Names are compared by matching key, so case, dots and a
 * leading "the" do not matter. Only names that mean this entity and nothing
 * else belong here: a two-letter acronym that has other common meanings ("IS")
 * is left to the context rules.
 *
 * Why a table: "Russian Federation" and "Russia" share a word but so do
 * "Moscow" and "Moscow Group"; only knowledge tells which pairs are one thing.
 */
import type { EntityType } from "../../../schemas/records.ts";

export interface KnownAliasGroup {
  type: EntityType;
  names: readonly string[];
}

export const KNOWN_ALIASES: readonly KnownAliasGroup[] = [
  // Countries: short name, official name, common abbreviations.
  { type: "GPE", names: ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A."] },
  { type: "GPE", names: ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"] },
  { type: "GPE", names: ["Russia", "Russian Federation"] },
  { type: "GPE", names: ["Syria", "Syrian Arab Republic"] },
  { type: "GPE", names: ["Iran", "Islamic Republic of Iran"] },
  { type: "GPE", names: ["China", "People's Republic of China", "PRC"] },
  { type: "GPE", names: ["Taiwan", "Republic of China"] },
  { type: "GPE", names: ["North Korea", "Democratic People's Republic of Korea", "DPRK"] },
  { type: "GPE", names: ["South Korea", "Republic of Korea"] },
  { type: "GPE", names: ["Czech Republic", "Czechia"] },
  { type: "GPE", names: ["Myanmar", "Burma"] },
  { type: "GPE", names: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"] },
  { type: "GPE", names: ["Eswatini", "Swaziland"] },
  { type: "GPE", names: ["North Macedonia", "Republic of North Macedonia"] },
  { type: "GPE", names: ["Netherlands", "Kingdom of the Netherlands"] },
  { type: "GPE", names: ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"] },
  { type: "GPE", names: ["United Arab Emirates", "UAE", "U.A.E."] },
  { type: "GPE", names: ["Democratic Republic of the Congo", "DR Congo", "DRC"] },
  { type: "GPE", names: ["Vatican", "Vatican City", "Holy See"] },
  // International organisations.
  { type: "ORG", names: ["United Nations", "UN", "U.N."] },
  { type: "ORG", names: ["European Union", "EU", "E.U."] },
  { type: "ORG", names: ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"] },
  { type: "ORG", names: ["World Health Organization", "World Health Organisation", "WHO"] },
  { type: "ORG", names: ["International Monetary Fund", "IMF"] },
  { type: "ORG", names: ["Organization of the Petroleum Exporting Countries", "OPEC"] },
  { type: "ORG", names: ["Organization for Security and Co-operation in Europe", "OSCE"] },
  { type: "ORG", names: ["International Atomic Energy Agency", "IAEA"] },
  { type: "ORG", names: ["International Committee of the Red Cross", "ICRC"] },
  { type: "ORG", names: ["Arab League", "League of Arab States"] },
  // Armed groups whose names changed or are rendered several ways.
  {
    type: "ORG",
    names: [
      "Islamic State", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria",
      "Islamic State of Iraq and al-Sham", "ISIL", "ISIS", "Daesh", "Da'esh",
    ],
  },
  // Renamed in 2016; its 2017 merger into a larger alliance (HTS) is another entity.
  { type: "ORG", names: ["Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "Jabhat Fateh al-Sham"] },
  { type: "ORG", names: ["Kurdistan Workers' Party", "PKK"] },
  { type: "ORG", names: ["Syrian Democratic Forces", "SDF"] },
  { type: "ORG", names: ["People's Protection Units", "YPG"] },
  { type: "ORG", names: ["Free Syrian Army", "FSA"] },
  { type: "ORG", names: ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"] },
];
