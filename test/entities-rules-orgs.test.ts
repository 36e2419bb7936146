import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented names; a hand-made model fixes what the learned part says, so only the rule-side rules are tested. */
describe("entity rules", () => {
  it("subject words coordinated inside an organisation's name join it", () => {
    const model = modelSaying({ centre: "B-ORG", for: "I-ORG", urban: "I-ORG", rural: "B-ORG", studies: "I-ORG" });
    expect(typed("She worked at the Centre for Urban and Rural Studies last year.", model)).toEqual(["ORG Centre for Urban and Rural Studies"]);
    // a place, or a name ending in its own head word, after "and" stays apart
    const two = modelSaying({ bank: "B-ORG", of: "I-ORG", velmoria: "I-ORG", home: "B-ORG", office: "I-ORG" });
    expect(typed("Funds went to the Bank of Velmoria and Home Office staff.", two)).toEqual(["ORG Bank of Velmoria", "ORG Home Office"]);
    // no head word before of/for: two names
    const plain = modelSaying({ urban: "B-ORG", rural: "B-ORG", studies: "I-ORG" });
    expect(typed("He read Urban and Rural Studies there.", plain)).toEqual(["ORG Urban", "ORG Rural Studies"]);
  });

  it("a military unit keeps its number", () => {
    const model = modelSaying({ air: "B-ORG", support: "I-ORG", squadron: "I-ORG", bombardment: "B-ORG", wing: "I-ORG" });
    expect(typed("Established as 12 Air Support Squadron on 4 May 1943, it became the 58th Bombardment Wing.", model))
      .toEqual(["ORG 12 Air Support Squadron", "ORG 58th Bombardment Wing"]);
    // a year is no unit number
    expect(typed("In 1943 Air Support Squadron pilots flew.", model)).toEqual(["ORG Air Support Squadron"]);
  });

  it("a team is a town and one or two nickname words", () => {
    const model = modelSaying({ denver: "B-PLACE", sky: "I-PLACE", hawks: "I-PLACE" });
    expect(typed("He pitched for the Denver Sky Hawks in May.", model)).toEqual(["ORG Denver Sky Hawks"]);
    // a place word is no nickname
    const falls = modelSaying({ denver: "B-PLACE", falls: "I-PLACE" });
    expect(typed("They live in Denver Falls now.", falls)).toEqual(["GPE Denver Falls"]);
  });

  it("an institution named after a place is one organisation when the model tagged the place only", () => {
    const model = modelSaying({ velmor: "B-PLACE", coast: "I-PLACE" });
    expect(typed("A 2013 University of the Velmor Coast study found little.", model)).toEqual(["ORG University of the Velmor Coast"]);
    // no head word before "of": the place stays
    expect(typed("The people of the Velmor Coast voted.", model)).toEqual(["LOC Velmor Coast"]);
  });

  it("a well-known organisation named alone is added when the model missed it", () => {
    const model = modelSaying({});
    expect(typed("Microsoft announced a new tool on Wednesday.", model)).toEqual(["ORG Microsoft"]);
    // an ordinary English word on the list is left to the model
    expect(typed("Shell prices rose.", model)).toEqual([]);
  });

  it("a place cue counts as evidence when the model already made the name a place", () => {
    // the model reads "Park Dravel" as a person elsewhere: the surname must not turn the town into a person
    const model = modelSaying({ dravel: "B-PLACE", park: "B-PER" });
    const out = typed("The track lies near the town of Dravel. Circuit Park Dravel hosted races.", model);
    expect(out[0]).toBe("GPE Dravel");
  });

  it("a lone name after a kinship or killing cue, or before a person's noun, is a person", () => {
    const model = modelSaying({ dravelle: "B-PLACE", urquhart: "B-ORG", norway: "B-PLACE" });
    expect(typed("After the assassination of Dravelle in 321 BC, unity collapsed.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed("Urquhart's deputy resigned.", model)).toEqual(["PERSON Urquhart"]);
    // a listed place keeps its type
    expect(typed("The daughter of Norway was born.", model)).toEqual(["GPE Norway"]);
  });
});

describe("entity rules: names opening organisations, states named X of Y", () => {
  it("a place or person span right before an organisation ending in a head word is one organisation", () => {
    const model = modelSaying({ velmoria: "B-PLACE", air: "B-ORG", defense: "I-ORG", force: "I-ORG", british: "B-NORP", labour: "B-ORG", party: "I-ORG" });
    expect(typed("It defended Velmoria Air Defense Force bases.", model)).toEqual(["ORG Velmoria Air Defense Force"]);
    // a people before a party stays apart; a comma keeps two names apart
    expect(typed("The British Labour Party met.", model)).toEqual(["NORP British", "ORG Labour Party"]);
    expect(typed("In Velmoria, Air Defense Force bases grew.", model)).toEqual(["GPE Velmoria", "ORG Air Defense Force"]);
    // a listed organisation after a place is a name of its own
    expect(typed("In Syria Hezbollah fighters advanced.", modelSaying({ syria: "B-PLACE", hezbollah: "B-ORG" }))).toEqual(["GPE Syria", "ORG Hezbollah"]);
  });

  it("a country glued to an untagged body's words is one organisation", () => {
    const model = modelSaying({ france: "B-PLACE" });
    expect(typed("A grant from the France Embassy arrived.", model)).toEqual(["ORG France Embassy"]);
    expect(typed("He left France Tuesday.", model)).toEqual(["GPE France"]);
  });

  it("a state named X of Y is one place", () => {
    const model = modelSaying({ tarrow: "B-PLACE", empire: "I-PLACE", keld: "B-PLACE", dunmore: "B-PLACE" });
    expect(typed("He fled to the Tarrow Empire of Keld in winter.", model)).toEqual(["GPE Tarrow Empire of Keld"]);
    expect(typed("He fled toward the Khanate of Dunmore in winter.", model)).toEqual(["GPE Khanate of Dunmore"]);
    // no state word before "of": the land stays alone
    expect(typed("He fled toward the hills of Dunmore in winter.", model)).toEqual(["GPE Dunmore"]);
  });
});

describe("entity rules: companies by their cues", () => {
  it("a name after a company cue, or before a possessive of a company's noun, is an organisation", () => {
    const model = modelSaying({ velmorix: "B-PER", china: "B-PLACE" });
    expect(typed("The chief executive of Velmorix resigned.", model)).toEqual(["ORG Velmorix"]);
    expect(typed("Velmorix's shareholders met on Monday.", model)).toEqual(["ORG Velmorix"]);
    // an untagged coined word after the cue is added; a listed country keeps its type
    expect(typed("Shares in Tarrowcom fell.", modelSaying({}))).toEqual(["ORG Tarrowcom"]);
    expect(typed("China's shareholders are state banks.", model)).toEqual(["GPE China"]);
  });
});

describe("entity rules: document consistency", () => {
  it("a type the sentence gives outvotes any number of model types for the same name", () => {
    const model = modelSaying({ gorvel: "B-PER" });
    const text = "He joined the band Gorvel in 1994. Gorvel toured. Gorvel recorded. Gorvel split. Gorvel reformed.";
    expect(typed(text, model)).toEqual(Array(5).fill("ORG Gorvel"));
  });
});

describe("entity rules: a demonym before a person's name", () => {
  it("is split off as a people; a demonym that is also a name stays", () => {
    const model = modelSaying({ scotsman: "B-PER", james: "I-PER", velmor: "I-PER", german: "B-PER", titov: "I-PER" });
    expect(typed("It was built by Scotsman James Velmor in 1769.", model)).toEqual(["NORP Scotsman", "PERSON James Velmor"]);
    expect(typed("It was flown by German James Titov in 1961.", model)).toEqual(["PERSON German James Titov"]);
  });
});

describe("entity rules: abbreviation dots in people's names", () => {
  it("Jr. and a dotted regnal numeral keep their dot; a sentence's full stop stays out", () => {
    const model = modelSaying({ carl: "B-PER", velmor: "I-PER", jr: "I-PER", franz: "B-PER", tarrow: "I-PER", i: "I-PER" });
    expect(typed("The prize went to Carl Velmor Jr., a lawyer.", model)).toEqual(["PERSON Carl Velmor Jr."]);
    expect(typed("The prize went to Carl Velmor Jr.", model)).toEqual(["PERSON Carl Velmor Jr."]);
    expect(typed("After that, Franz Tarrow I. took great care.", model)).toEqual(["PERSON Franz Tarrow I."]);
    expect(typed("The prize went to Carl Velmor. The war began.", model)).toEqual(["PERSON Carl Velmor"]);
  });
});

describe("entity rules: parties called by a nickname", () => {
  it("a listed party nickname is an organisation, not a group; a portfolio is not the party", () => {
    const model = modelSaying({ tories: "B-NORP", labor: "B-NORP" });
    expect(typed("The Tories returned to power in 1770.", model)).toEqual(["ORG Tories"]);
    // untagged plural nickname: added
    expect(typed("But the Democrats kept their seats.", modelSaying({}))).toEqual(["ORG Democrats"]);
    // the singular short name after "of" is a portfolio, and it is never added where the model saw nothing
    expect(typed("Labor won 30 seats.", model)).toEqual(["ORG Labor"]);
    expect(typed("She was Secretary of Labor in 1990.", model)).toEqual(["NORP Labor"]);
    expect(typed("Labor unions struck.", modelSaying({}))).toEqual([]);
  });
});

describe("entity rules: bodies named after a town", () => {
  it("a place span ending in a body's head word is an organisation", () => {
    const model = modelSaying({ tarrow: "B-PLACE", city: "I-PLACE", council: "I-PLACE" });
    expect(typed("The Speaker of the Tarrow City Council came third.", model)).toEqual(["ORG Tarrow City Council"]);
    expect(typed("She lives in Tarrow City now.", model)).toEqual(["GPE Tarrow City"]);
  });
  it("a listed country whose name ends in such a word stays a country", () => {
    const model = modelSaying({ russian: "B-PLACE", federation: "I-PLACE" });
    expect(typed("Talks with the Russian Federation resumed.", model)).toEqual(["GPE Russian Federation"]);
  });
});

describe("entity rules: venues and hotels", () => {
  it("a name ending in a venue word is a place, even where the model read a body", () => {
    const model = modelSaying({ tarrow: "B-ORG", stadium: "I-ORG", hotel: "I-ORG", velmor: "B-ORG" });
    expect(typed("They played at Tarrow Stadium on Sunday.", model)).toEqual(["LOC Tarrow Stadium"]);
    expect(typed("The summit was held at the Tarrow Hotel in May.", model)).toEqual(["LOC Tarrow Hotel"]);
    expect(typed("Velmor signed the deal.", model)).toEqual(["ORG Velmor"]);
    // a person whose surname is a venue word stays a person
    expect(typed("The film starred Anna Field in 1990.", modelSaying({ anna: "B-PER", field: "I-PER" }))).toEqual(["PERSON Anna Field"]);
  });
});

describe("entity rules: post-nominal letters", () => {
  it("are no organisation after a person's name, and stay one elsewhere", () => {
    // SC, not QC: a lone QC is an everyday abbreviation (entities-rules-abbreviations.test.ts).
    const model = modelSaying({ tom: "B-PER", velmor: "I-PER", sc: "B-ORG" });
    expect(typed("The prosecutor, Tom Velmor, SC, said otherwise.", model)).toEqual(["PERSON Tom Velmor"]);
    expect(typed("The SC said otherwise.", model)).toEqual(["ORG SC"]);
  });
});
