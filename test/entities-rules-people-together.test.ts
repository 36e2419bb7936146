import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/**
 * Invented sentences; a hand-made model fixes what the learned part says, so only the rules for people named
 * together, people as subjects of a person's verb and surnames after a date are tested (rules-people.ts, tagger.ts).
 */
describe("entity rules: people named together by surname", () => {
  it("after a plural title, every name of the list is a person, whatever the model read", () => {
    const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-ORG", geneva: "B-PLACE" });
    expect(typed("Presidents Velmor and Tarrow signed the accord in Geneva.", model)).toEqual(["PERSON Velmor", "PERSON Tarrow", "GPE Geneva"]);
    expect(typed("The senators Ardelk, Brinmoor and Tasker voted no.", modelSaying({}))).toEqual(["PERSON Ardelk", "PERSON Brinmoor", "PERSON Tasker"]);
  });

  it("a plural title before 'of' and a country, or a listed country in the list, is left alone", () => {
    const model = modelSaying({ velmoria: "B-PLACE", france: "B-PLACE" });
    expect(typed("Presidents of Velmoria met in May.", model)).toEqual(["GPE Velmoria"]);
    expect(typed("Ministers France and Velmoria agreed.", model)).toEqual(["GPE France", "PERSON Velmoria"]);
  });

  it("a surname coordinated with a person the model found is a person", () => {
    const model = modelSaying({ jenkel: "B-PER", quellby: "B-MISC" });
    expect(typed("The talks between Jenkel and Dorrance ended without agreement.", model)).toEqual(["PERSON Jenkel", "PERSON Dorrance"]);
    expect(typed("Lawyers for Quellby and Jenkel filed the appeal.", model)).toEqual(["PERSON Quellby", "PERSON Jenkel"]);
  });

  it("leaves makers before a plural noun, ordinary words, listed places and a name glued to another", () => {
    const model = modelSaying({ jenkel: "B-PER" });
    expect(typed("He played Jenkel and Dorrance guitars on tour.", model)).toEqual(["PERSON Jenkel"]);
    expect(typed("Jenkel and Paris were the options.", model)).toEqual(["PERSON Jenkel"]);
    expect(typed("Jenkel and Sons were hired.", model)).toEqual(["PERSON Jenkel"]);
    expect(typed("Jenkel and Dorrance Holdings merged.", model)).toEqual(["PERSON Jenkel"]);
  });
});

describe("entity rules: a lone surname before a verb only people take", () => {
  it("is a person when the model left it untagged, also after a weekday", () => {
    const model = modelSaying({ kenya: "B-PLACE" });
    expect(typed("Dorrance visited Kenya last week.", model)).toEqual(["PERSON Dorrance", "GPE Kenya"]);
    expect(typed("On Monday Velkaro met the envoys.", model)).toEqual(["PERSON Velkaro"]);
  });

  it("leaves ordinary words, a town after 'from', and documents about a team sport", () => {
    const model = modelSaying({ keldby: "B-PLACE" });
    expect(typed("Inspectors visited the site.", model)).toEqual([]);
    expect(typed("A delegation from Tarrowmere visited the site.", model)).toEqual([]);
    const sport = "The league season ended. Dorrance met Keldby in the final. The team scored two goals and won the cup match.";
    expect(typed(sport, model)).toEqual(["GPE Keldby"]);
  });
});

describe("entity rules: a surname later in the document after a weekday or month", () => {
  it("is the person named in full before", () => {
    expect(typed("Ms Ada Price vetoed the bill. On Friday Price signed a new order.", modelSaying({}))).toEqual(["PERSON Ada Price", "PERSON Price"]);
  });

  it("is not taken when a capitalised word is glued after it", () => {
    expect(typed("Ms Ada Price spoke. In May Price Holdings was sold.", modelSaying({}))).toEqual(["PERSON Ada Price"]);
  });
});

describe("entity rules: a term of office after a possessive", () => {
  it("makes the owner a person, also when the model left the word untagged", () => {
    expect(typed("Velmor's second term began in 2013.", modelSaying({}))).toEqual(["PERSON Velmor"]);
    expect(typed("The budget grew during Dorrance' final term.", modelSaying({ dorrance: "B-PLACE" }))).toEqual(["PERSON Dorrance"]);
    expect(typed("Keldmar's term in office ended.", modelSaying({ keldmar: "B-ORG" }))).toEqual(["PERSON Keldmar"]);
  });

  it("leaves a school's term, listed places and a term with no ordinal", () => {
    expect(typed("Keldmar's summer term began.", modelSaying({ keldmar: "B-ORG" }))).toEqual(["ORG Keldmar"]);
    expect(typed("France's second term as chair began.", modelSaying({ france: "B-PLACE" }))).toEqual(["GPE France"]);
  });
});

describe("entity rules: the people of a place named by its demonym in -an", () => {
  it("is NORP when the place is tagged in the document, read as a person or left untagged", () => {
    const model = modelSaying({ velmoria: "B-PLACE", velmorians: "B-PER" });
    expect(typed("Polls opened in Velmoria. A Velmorian diplomat said Velmorians would vote.", model)).toEqual(["GPE Velmoria", "NORP Velmorian", "NORP Velmorians"]);
  });

  it("leaves given names, names inside a longer name, and words whose place the document does not name", () => {
    const model = modelSaying({ velmoria: "B-PLACE", adrian: "B-PER", velk: "I-PER", tarvanian: "B-ORG", airways: "I-ORG" });
    expect(typed("Adrian Velk flew to Velmoria.", model)).toEqual(["PERSON Adrian Velk", "GPE Velmoria"]);
    expect(typed("Tarvanian Airways flew to Velmoria.", model)).toEqual(["ORG Tarvanian Airways", "GPE Velmoria"]);
    expect(typed("A Keldorian diplomat spoke.", model)).toEqual([]);
  });
});

describe("entity rules: a service after a verb of speaking and 'via'", () => {
  it("is no place", () => {
    const model = modelSaying({ vidlo: "B-PLACE", oslo: "B-PLACE" });
    expect(typed("The minister spoke to reporters via Vidlo from Oslo.", model)).toEqual(["GPE Oslo"]);
  });

  it("leaves a town on a route and a listed place", () => {
    const model = modelSaying({ keldby: "B-PLACE", oslo: "B-PLACE", frankfurt: "B-PLACE" });
    expect(typed("She flew to Oslo via Keldby.", model)).toEqual(["GPE Oslo", "GPE Keldby"]);
    expect(typed("The station broadcast via Frankfurt.", model)).toEqual(["GPE Frankfurt"]);
  });
});

describe("entity rules: a surname opening with an elided particle", () => {
  it("joins the person's name before it", () => {
    const model = modelSaying({ marcel: "B-PER", velmont: "I-PER" });
    expect(typed("Marcel Velmont d'Arvenne spoke.", model)).toEqual(["PERSON Marcel Velmont d'Arvenne"]);
  });

  it("leaves a lower-case word and a place", () => {
    const model = modelSaying({ marcel: "B-PER", velmont: "I-PER", keldby: "B-PLACE" });
    expect(typed("Marcel Velmont d'accord.", model)).toEqual(["PERSON Marcel Velmont"]);
    expect(typed("Keldby d'Arvenne was quiet.", model)).toEqual(["GPE Keldby"]);
  });
});
