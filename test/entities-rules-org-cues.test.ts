import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rules of rules-org-cues.ts are tested. */
describe("organisations by their cues: employers and statements", () => {
  it("a one-word name after a verb or noun of employment is the employer", () => {
    const model = modelSaying({ dunmorant: "B-MISC" });
    expect(typed("She works at Dunmorant as an engineer and later worked for Velquist.", model)).toEqual(["ORG Dunmorant", "ORG Velquist"]);
    // Untagged by the model: added.
    expect(typed("Analysts at Grembley Capital expect a merger.", modelSaying({}))).toEqual(["ORG Grembley Capital"]);
    expect(typed("He joined Caldermoor as a consultant in 2010.", modelSaying({}))).toEqual(["ORG Caldermoor"]);
  });

  it("a person named in full, a listed given name, a listed place or a meeting stays as it was", () => {
    const model = modelSaying({ anna: "B-PER", velmor: "I-PER", tarrow: "B-PER" });
    expect(typed("Anna Velmor won the seat; he worked for Velmor for years.", model)).toEqual(["PERSON Anna Velmor", "PERSON Velmor"]);
    expect(typed("He worked for Anna in the shop.", model)).toEqual(["PERSON Anna"]);
    expect(typed("She works at London hospitals.", modelSaying({ london: "B-PLACE" }))).toEqual(["GPE London"]);
    expect(typed("He joined Tarrow at the table.", model)).toEqual(["PERSON Tarrow"]);
  });

  it("a name that speaks of itself as 'its' is a company", () => {
    const model = modelSaying({ keldane: "B-PER" });
    expect(typed("On Monday, Keldane reported its first loss.", modelSaying({}))).toEqual(["ORG Keldane"]);
    // "said it" alone is a person's too.
    expect(typed("Keldane said it was late.", model)).toEqual(["PERSON Keldane"]);
  });

  it("a name before its shares' movement, or in a merger, is a company", () => {
    const model = modelSaying({ velmorix: "B-PER", tarrowell: "B-PER" });
    expect(typed("Velmorix shares rose 5% on Friday.", model)).toEqual(["ORG Velmorix"]);
    expect(typed("The merger of Velmorix and Tarrowell was approved.", model)).toEqual(["ORG Velmorix", "ORG Tarrowell"]);
    // A person's name in full is left alone.
    expect(typed("The takeover of Anna Velmorix was a joke.", modelSaying({ anna: "B-PER", velmorix: "I-PER" }))).toEqual(["PERSON Anna Velmorix"]);
  });

  it("a name owning a chief executive is a company", () => {
    expect(typed("Keldane's chief executive resigned.", modelSaying({}))).toEqual(["ORG Keldane"]);
    expect(typed("Keldane's chief executive resigned.", modelSaying({ keldane: "B-PER" }))).toEqual(["ORG Keldane"]);
  });
});

describe("organisations by their cues: people keep their type", () => {
  it("the model's person is never retyped by a statement, a spokesman, an employer or 'joined X as'", () => {
    const model = modelSaying({ tarrowell: "B-PER", orlek: "B-PER", brannick: "B-PER", dawkell: "B-PER", walden: "B-PER" });
    expect(typed("Tarrowell said in a statement that he would resign.", model)).toEqual(["PERSON Tarrowell"]);
    expect(typed("A spokeswoman for Orlek said the talks were over.", model)).toEqual(["PERSON Orlek"]);
    expect(typed("She worked for Brannick for two years as a speechwriter.", model)).toEqual(["PERSON Brannick"]);
    expect(typed("He was hired by Brannick in 2019.", model)).toEqual(["PERSON Brannick"]);
    expect(typed("Walden joined Dawkell as a co-author in 2006.", model)).toEqual(["PERSON Walden", "PERSON Dawkell"]);
  });

  it("a name written after a title or honorific anywhere in the document is never retyped, and one cue does not spread", () => {
    // The model left the second mention untagged: the cue would add it, but "President Orlek" names a person.
    const model = modelSaying({ orlek: "B-PER" });
    const doc = "President Orlek met reporters on Monday. Orlek said its decision was final. Later Orlek left.";
    expect(typed(doc, model)).toEqual(["PERSON Orlek", "PERSON Orlek", "PERSON Orlek"]);
    expect(typed("Mr Kowelski presented the report. Kowelski said its figures were right.", modelSaying({}))).not.toContain("ORG Kowelski");
    // An employer cue adds an untagged name, but the other mentions keep the model's type.
    const spread = modelSaying({ elvarn: "B-PER" });
    expect(typed("Elvarn smiled. A spokesman for Elvarn's relatives spoke. Elvarn waved.", spread)).toEqual(["PERSON Elvarn", "PERSON Elvarn", "PERSON Elvarn"]);
  });

  it("an employer cue types its own mention only; a cue only a company has (its shares) types every mention", () => {
    expect(typed("Velquist opened late. She works at Velquist now.", modelSaying({ velquist: "B-MISC" }))).toEqual(["ORG Velquist"]);
    expect(typed("Velmorix shares rose 5%. Later Velmorix hired staff.", modelSaying({ velmorix: "B-PER" }))).toEqual(["ORG Velmorix", "ORG Velmorix"]);
  });

  it("a name before 's or -based after a deal or employer cue only qualifies what follows", () => {
    expect(typed("The museum announced its acquisition of Vantrel's portrait.", modelSaying({}))).not.toContain("ORG Vantrel");
  });
});

describe("organisations by their cues: staff titles", () => {
  it("a name before the title of someone working for it is the company or the team", () => {
    const model = modelSaying({ chelsea: "B-PER", anna: "B-PER", berg: "I-PER", velmor: "B-PER" });
    expect(typed("Chelsea manager Anna Berg praised the side.", model)).toEqual(["ORG Chelsea", "PERSON Anna Berg"]);
    expect(typed("A Velmor spokeswoman declined to comment.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Velmor CEO Anna Berg spoke.", model)).toEqual(["ORG Velmor", "PERSON Anna Berg"]);
    expect(typed("She is a Velmor employee now.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Velmor employees went on strike.", model)).toEqual(["ORG Velmor"]);
    expect(typed("Our employees are proud.", model)).toEqual([]);
    expect(typed("The Tarrow customers complained.", modelSaying({ tarrow: "B-PLACE" }))).toEqual(["GPE Tarrow"]);
    // A participle opening the sentence is no part of the company's name.
    expect(typed("Ousted Velmor CEO Anna Berg spoke.", model)).toEqual(["ORG Velmor", "PERSON Anna Berg"]);
  });

  it("a title with no person after it, or a spokesman after no article, changes nothing", () => {
    const model = modelSaying({ velmor: "B-PER", france: "B-PLACE", anna: "B-PER", berg: "I-PER" });
    expect(typed("Velmor manager of the year.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("The Velmor spokesman said so.", model)).toEqual(["PERSON Velmor"]);
    // A person named in full keeps the type; one-word employee nouns need an article.
    expect(typed("Anna Berg customers queued.", model)).toEqual(["PERSON Anna Berg"]);
    expect(typed("He met Velmor employee Anna Berg.", model)).toContain("PERSON Velmor");
    expect(typed("France coach Anna Berg named the squad.", model)).toEqual(["GPE France", "PERSON Anna Berg"]);
  });
});

describe("organisations by their cues: teams facing teams", () => {
  const sports = "The striker scored twice as the team won the match, the league and the cup final. ";
  it("the other side of a match verb from a team is a team", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-ORG", keld: "B-ORG" });
    expect(typed(sports + "Velmor drew with Tarrow on Saturday.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed(sports + "Keld beat Chelsea at home.", model)).toEqual(["ORG Keld", "ORG Chelsea"]);
    expect(typed(sports + "The Velmors beat the Keld on Sunday.", modelSaying({ keld: "B-ORG" }))).toEqual(["ORG Velmors", "ORG Keld"]);
    // "and" joining two clauses makes no list of people.
    expect(typed(sports + "Anna Berg scored twice, and Velmor beat Tarrow again.", modelSaying({ anna: "B-PER", berg: "I-PER", velmor: "B-PER", tarrow: "B-ORG" }))).toEqual(["PERSON Anna Berg", "ORG Velmor", "ORG Tarrow"]);
    // A meeting verb counts with a score or a fixture word in the sentence.
    expect(typed(sports + "Keld host Velmor in the derby.", model)).toEqual(["ORG Keld", "ORG Velmor"]);
  });

  it("outside a sports report, visits, hearings and cases stay as the model read them", () => {
    const model = modelSaying({ zelvin: "B-PER", senate: "B-ORG", voogle: "B-ORG", rask: "B-PER", roe: "B-PER", wade: "B-PER" });
    expect(typed("Zelvin visits Congress to plead for aid.", modelSaying({ zelvin: "B-PER", congress: "B-ORG" }))).toEqual(["PERSON Zelvin", "ORG Congress"]);
    expect(typed("The Senate hosted Zelvin on Thursday.", model)).toContain("PERSON Zelvin");
    expect(typed("Voogle faces Rask in court next month.", model)).toEqual(["ORG Voogle", "PERSON Rask"]);
    expect(typed("Voogle beat Rask's expectations.", model)).toContain("PERSON Rask");
  });

  it("in a sports report, meeting verbs without a fixture, plural nouns and lists of people stay as they were", () => {
    const model = modelSaying({ uefa: "B-ORG", harlen: "B-PER", walz: "B-PER", trell: "B-PER" });
    expect(typed(sports + "Players face Uefa sanctions after the brawl.", model)).not.toContain("ORG Players");
    expect(typed(sports + "Children play Minecraft at the club.", modelSaying({}))).toEqual([]);
    expect(typed(sports + "Zelvin visits Congress to plead for aid.", modelSaying({ zelvin: "B-PER", congress: "B-ORG" }))).toEqual(["PERSON Zelvin", "ORG Congress"]);
    expect(typed(sports + "Harlen and Walz face Trell in the debate.", model)).toEqual(["PERSON Harlen", "PERSON Walz", "PERSON Trell"]);
  });

  it("in a sports report a one-word subject of a plural match verb is a team, and so is its opponent", () => {
    const model = modelSaying({ chelsea: "B-PER" });
    const report = "The league season starts in August with a derby. Arsenal first play Chelsea at home. The club has a new coach, a new striker and a new goalkeeper, and the team hopes for a cup run.";
    expect(typed(report, model)).toEqual(["ORG Arsenal", "ORG Chelsea"]);
  });

  it("people facing people stay people", () => {
    const model = modelSaying({ anna: "B-PER", berg: "B-PER" });
    expect(typed("Anna beat Berg in three sets.", model)).toEqual(["PERSON Anna", "PERSON Berg"]);
    // Outside a sports report the plural verb says nothing.
    expect(typed("Children play Chess at school.", modelSaying({}))).toEqual([]);
    // A pronoun is no team.
    expect(typed("It hosted Keld in May.", modelSaying({ keld: "B-ORG" }))).toEqual(["ORG Keld"]);
  });
});

describe("companies and periodicals by their head word", () => {
  it("a name ending in a business or periodical word is an ORG, whatever the model made of it", () => {
    const model = modelSaying({ grembley: "B-PER", capital: "I-PER", keldane: "B-PLACE", review: "I-PLACE" });
    expect(typed("He moved to Grembley Capital last year.", model)).toEqual(["ORG Grembley Capital"]);
    expect(typed("Writing in the Keldane Review, she disagreed.", model)).toEqual(["ORG Keldane Review"]);
  });

  it("a company described as a chipmaker or a bank in apposition is an ORG", () => {
    const model = modelSaying({ velmorix: "B-PER" });
    expect(typed("Velmorix, the Dutch chipmaker, reported a loss.", model)).toContain("ORG Velmorix");
  });

  it("a person or a ship described as a miner, a carrier or a giant stays as it was", () => {
    const model = modelSaying({ dai: "B-PER", jorvel: "I-PER", pelvo: "B-PER", ann: "B-PER", brisk: "I-PER" });
    expect(typed("Dai Jorvel, a former miner, said the pit would close.", model)).toEqual(["PERSON Dai Jorvel"]);
    expect(typed("Pelvo, a giant of the game, died on Sunday.", model)).toEqual(["PERSON Pelvo"]);
    expect(typed("Ann Brisk, a letter carrier for 30 years, retired.", model)).toEqual(["PERSON Ann Brisk"]);
  });

  it("'Brands' after a number or ordinary words is a list or a headline, not a company", () => {
    const model = modelSaying({ "10": "B-MISC", beauty: "I-MISC", candy: "B-MISC", brands: "I-MISC", keldmoor: "B-PER" });
    expect(typed("Top 10 Beauty Brands of the year", model)).not.toContain("ORG 10 Beauty Brands");
    expect(typed("Velmor Is Selling Candy Brands", model)).not.toContain("ORG Candy Brands");
    expect(typed("He joined Keldmoor Brands last year.", modelSaying({ keldmoor: "B-PER", brands: "I-PER" }))).toEqual(["ORG Keldmoor Brands"]);
  });
});

describe("clubs named after their town in sports reports", () => {
  const sports = "The striker scored twice as the team won the match, the league and the cup final. ";
  it("a listed town with City or Town is the club in a sentence about a match", () => {
    const model = modelSaying({ manchester: "B-PLACE", city: "I-PLACE", united: "B-ORG" });
    expect(typed(sports + "Manchester City were beaten by United.", model)).toEqual(["ORG Manchester City", "ORG United"]);
  });

  it("a town with City is the place after 'mayor of' or 'in', or in a sentence about no match", () => {
    const model = modelSaying({ manchester: "B-PLACE", city: "I-PLACE" });
    expect(typed(sports + "The mayor of Manchester City attended the game.", model)).toEqual(["GPE Manchester City"]);
    expect(typed(sports + "The summit was held in Manchester City in May.", model)).toEqual(["GPE Manchester City"]);
    expect(typed(sports + "Flooding hit Manchester City on Tuesday.", model)).toEqual(["GPE Manchester City"]);
  });

  it("a listed city named with City, a place after a comma, or text about no sport stay places", () => {
    const model = modelSaying({ kansas: "B-PLACE", city: "I-PLACE", london: "B-PLACE" });
    expect(typed(sports + "The parade went through Kansas City.", model)).toEqual(["GPE Kansas City"]);
    expect(typed("They moved from London Town to the coast.", model)).not.toContain("ORG London Town");
    // "County" names the county, even in a page that names sports.
    expect(typed(sports + "A bust in Orange County worried officials.", modelSaying({ orange: "B-PLACE", county: "I-PLACE" }))).not.toContain("ORG Orange County");
  });
});
