import { describe, expect, it } from "vitest";
import { modelSaying, typed } from "./helpers/entity-model.ts";

/** Invented sentences; a hand-made model fixes what the learned part says, so only the rules of rules-org-cues.ts are tested. */
describe("organisations by their cues: a job joined", () => {
  it("a name joined in a year or a month, from a former employer or on loan is an organisation", () => {
    expect(typed("Anna Velmor joined Brannock in 2010 as its first engineer.", modelSaying({ anna: "B-PER", velmor: "I-PER" }))).toEqual([
      "PERSON Anna Velmor",
      "ORG Brannock",
    ]);
    expect(typed("She joined Caldermoor in March.", modelSaying({}))).toEqual(["ORG Caldermoor"]);
    // The former employer after "from" is one too.
    expect(typed("He joined Keldane from Orvantix last year.", modelSaying({ orvantix: "B-PER" }))).toEqual(["ORG Keldane", "ORG Orvantix"]);
    expect(typed("The striker joined Dunmorant on loan.", modelSaying({ dunmorant: "B-PER" }))).toEqual(["ORG Dunmorant"]);
  });

  it("a person joined in doing something, at a place, or a listed place after 'from' keeps its type", () => {
    const model = modelSaying({ marcus: "B-PER", helen: "B-PER", kim: "B-PER", tarrow: "B-PER", paris: "B-PLACE" });
    expect(typed("Marcus joined Helen in the kitchen.", model)).toEqual(["PERSON Marcus", "PERSON Helen"]);
    expect(typed("Kim joined Tarrow in calling for an inquiry.", model)).toEqual(["PERSON Kim", "PERSON Tarrow"]);
    // A listed given name is a person's, whatever the year.
    expect(typed("Kim joined Helen in 2010 on the expedition.", model)).toEqual(["PERSON Kim", "PERSON Helen"]);
    // A person named in full in the document keeps the surname.
    expect(typed("Ann Tarrow ran the lab. Kim joined Tarrow in 2012.", modelSaying({ ann: "B-PER", tarrow: "I-PER" }))).not.toContain("ORG Tarrow");
    expect(typed("He joined the talks from Paris.", model)).toEqual(["GPE Paris"]);
  });

  it("a person joined in a year or a month stays a person: the model's reading, a listed name, a person elsewhere", () => {
    // People are joined in a year too (a band formed, a campaign joined): the model's person is not retyped.
    const model = modelSaying({ mccartney: "B-PER", lennon: "B-PER", jackson: "B-PER" });
    expect(typed("McCartney joined Lennon in 1957 and the band was born.", model)).toEqual(["PERSON McCartney", "PERSON Lennon"]);
    expect(typed("He joined Jackson in March to record the album.", model)).toEqual(["PERSON Jackson"]);
    // An untagged listed surname is no company.
    expect(typed("Last week the senator joined Smith in 2010 on the campaign trail.", modelSaying({}))).not.toContain("ORG Smith");
    // A name read as a person at another mention is no former employer.
    expect(typed("Orvantix coached him. He joined Keldane from Orvantix last year.", modelSaying({ orvantix: "B-PER" }))).toEqual([
      "PERSON Orvantix",
      "ORG Keldane",
      "PERSON Orvantix",
    ]);
  });
});

describe("organisations by their cues: hyphenated company names", () => {
  it("a name of hyphen-joined parts before a staff title is one word, a company", () => {
    expect(typed("A Velmor-Tarrow spokeswoman said the plan was on track.", modelSaying({ velmor: "B-PER", "-": "I-PER", tarrow: "I-PER" }))).toEqual([
      "ORG Velmor-Tarrow",
    ]);
  });

  it("a person named in two words before a staff title stays a person", () => {
    expect(typed("A spokeswoman said Ann Keldane Tarrow manager Ben Orr left.", modelSaying({ ann: "B-PER", keldane: "I-PER" }))).toContain("PERSON Ann Keldane");
  });
});

describe("organisations coordinated with a listed one", () => {
  it("a name beside a listed organisation, untagged or read as a one-word person, is an organisation", () => {
    const model = modelSaying({ google: "B-ORG", amazon: "B-ORG" });
    expect(typed("Google and Grembley announced a partnership on Tuesday.", model)).toEqual(["ORG Google", "ORG Grembley"]);
    expect(typed("Google, Orvantix and Amazon were fined.", model)).toEqual(["ORG Google", "ORG Orvantix", "ORG Amazon"]);
    expect(typed("A deal between Orvantix and Google was signed.", model)).toEqual(["ORG Orvantix", "ORG Google"]);
  });

  it("a person the name lists know, a titled name, a place, a given name or a name across a line stays as it was", () => {
    const model = modelSaying({ google: "B-ORG", gates: "B-PER", velmor: "B-PER", paris: "B-PLACE", anna: "B-PER" });
    expect(typed("Google and Gates disagreed.", model)).toEqual(["ORG Google", "PERSON Gates"]);
    expect(typed("President Velmor spoke. Google and Velmor disagreed.", model)).toEqual(["PERSON Velmor", "ORG Google", "PERSON Velmor"]);
    expect(typed("Google and Paris signed a deal.", model)).toEqual(["ORG Google", "GPE Paris"]);
    expect(typed("Google and Anna met.", model)).toEqual(["ORG Google", "PERSON Anna"]);
    expect(typed("Google and\nVelmor met.", model)).toEqual(["ORG Google", "PERSON Velmor"]);
    // A comma outside a list sets off an address, not a second company.
    expect(typed("It is Google, Dunmer Keldby, that will pay.", model)).toEqual(["ORG Google"]);
    // An unlisted organisation says nothing of its neighbour.
    expect(typed("Grembley and Velmor met.", modelSaying({ grembley: "B-ORG", velmor: "B-PER" }))).toEqual(["ORG Grembley", "PERSON Velmor"]);
  });

  it("a name read as a person, here or at another mention, stays a person: a company and its chief", () => {
    const model = modelSaying({ microsoft: "B-ORG", google: "B-ORG", nadella: "B-PER", grembley: "B-PER" });
    expect(typed("Microsoft and Nadella announced the deal.", model)).toEqual(["ORG Microsoft", "PERSON Nadella"]);
    expect(typed("Grembley sang. Google and Grembley signed.", model)).toEqual(["PERSON Grembley", "ORG Google", "PERSON Grembley"]);
  });
});

describe("radio and television stations by their cue words", () => {
  it("a name ending in FM, a network with its number and a name opening with Radio are stations", () => {
    expect(typed("She presents a show on Keldane FM every morning.", modelSaying({ keldane: "B-PLACE" }))).toEqual(["ORG Keldane FM"]);
    // A frequency glued to FM, after a name or alone.
    expect(typed("The song was first played on Velmor98FM in June.", modelSaying({}))).toEqual(["ORG Velmor98FM"]);
    expect(typed("Callers to Keldwave104FM and 97FM complained.", modelSaying({}))).toEqual(["ORG Keldwave104FM", "ORG 97FM"]);
    expect(typed("It was broadcast on Velmor Radio 4 and on Channel 5.", modelSaying({ velmor: "B-ORG", radio: "I-ORG" }))).toEqual(["ORG Velmor Radio 4", "ORG Channel 5"]);
    expect(typed("Radio Tarrowby said the storm had passed.", modelSaying({ radio: "B-PER", tarrowby: "I-PER" }))).toEqual(["ORG Radio Tarrowby"]);
  });

  it("a dial number, a clock time, a venue named after a station and a longer name are left alone", () => {
    expect(typed("Turn the dial to channel 4 at 9 AM.", modelSaying({}))).toEqual([]);
    expect(typed("We saw a show at Radio Velmor Music Hall.", modelSaying({ radio: "B-PLACE", velmor: "I-PLACE", music: "I-PLACE", hall: "I-PLACE" }))).toEqual([
      "GPE Radio Velmor Music Hall",
    ]);
    expect(typed("The Keldane FM Awards were held in May.", modelSaying({}))).toEqual([]);
  });

  it("a count after the number is no network, and a sentence-opening word is no part of the name", () => {
    expect(typed("Children watch TV 3 hours a day on average.", modelSaying({}))).toEqual([]);
    expect(typed("They crossed the Channel 3 times that summer.", modelSaying({}))).toEqual([]);
    expect(typed("The Channel 4 documentary aired on Sunday.", modelSaying({}))).toEqual(["ORG Channel 4"]);
    expect(typed("Its Radio 2 breakfast show lost listeners.", modelSaying({}))).toEqual(["ORG Radio 2"]);
    expect(typed("The English Channel 2 miles off the coast was calm.", modelSaying({}))).not.toContain("ORG English Channel 2");
  });
});

describe("media and band staff titles", () => {
  it("a beat, a street or a home town before a reporter, columnist or band member keeps its reading", () => {
    const model = modelSaying({ ann: "B-PER", berg: "I-PER", capitol: "B-PLACE", hill: "I-PLACE" });
    expect(typed("Capitol Hill reporter Ann Berg covered the vote.", model)).toEqual(["GPE Capitol Hill", "PERSON Ann Berg"]);
    expect(typed("Brixton guitarist Ann Berg played.", model)).toEqual(["PERSON Ann Berg"]);
    expect(typed("Fleet Street columnist Ann Berg wrote it.", model)).not.toContain("ORG Fleet Street");
  });
});

describe("a job left for another", () => {
  it("names with an organisation's evidence after 'left … for' and before 'to join' are employers, and one name read across 'for' is split", () => {
    expect(typed("In 2015 she left Brannock Ltd for Orvantix Bank, a rival.", modelSaying({}))).toEqual(["ORG Brannock Ltd", "ORG Orvantix Bank"]);
    expect(typed("He quit Keldane Ltd to join the government.", modelSaying({}))).toEqual(["ORG Keldane Ltd"]);
    expect(typed("In 2015 she left Brannock Ltd for Orvantix, a rival.", modelSaying({ brannock: "B-ORG", ltd: "I-ORG", for: "I-ORG", orvantix: "I-ORG" }))).toEqual([
      "ORG Brannock Ltd",
      "ORG Orvantix",
    ]);
  });

  it("people, places and names without an organisation's evidence keep their type, and a head word keeps 'for' inside the name", () => {
    const model = modelSaying({ mary: "B-PER", susan: "B-PER", tarrowby: "B-PLACE", keldby: "B-PLACE", dunmer: "B-PER" });
    expect(typed("He left Mary for Susan in 1998.", model)).toEqual(["PERSON Mary", "PERSON Susan"]);
    expect(typed("They left Tarrowby for Keldby after the war.", model)).toEqual(["GPE Tarrowby", "GPE Keldby"]);
    expect(typed("He quit Dunmer to join the band.", model)).toEqual(["PERSON Dunmer"]);
    expect(typed("She left Velmor Centre for Peace in 2015.", modelSaying({ velmor: "B-ORG", centre: "I-ORG", for: "I-ORG", peace: "I-ORG" }))).toEqual([
      "ORG Velmor Centre for Peace",
    ]);
    // Untagged towns left for others are no employers, and a place span is neither removed nor split.
    expect(typed("He left Kilburn for Croydon when he was ten.", modelSaying({}))).not.toContain("ORG Kilburn");
    expect(typed("She left Aberystwyth for Cardiff after university.", modelSaying({}))).not.toContain("ORG Cardiff");
    expect(typed("The family left Tralee for Cork in 1950.", modelSaying({ tralee: "B-PLACE", cork: "B-PLACE" }))).toEqual(["GPE Tralee", "GPE Cork"]);
    expect(typed("The family left Tralee for Cork in 1950.", modelSaying({ tralee: "B-ORG", for: "I-ORG", cork: "I-ORG" }))).toEqual(["ORG Tralee for Cork"]);
  });
});

describe("a workplace after 'at'", () => {
  it("a one-word name the model read as a person after 'an analyst at' or 'works at' is the firm, for that mention only", () => {
    const model = modelSaying({ ann: "B-PER", berg: "I-PER", grembley: "B-PER" });
    expect(typed("Ann Berg, an analyst at Grembley, expects a cut.", model)).toEqual(["PERSON Ann Berg", "ORG Grembley"]);
    expect(typed("Grembley sang. She works at Grembley.", model)).toEqual(["PERSON Grembley", "ORG Grembley"]);
  });

  it("'for' cues are shared with people, and a listed given name after 'at' stays a person", () => {
    const model = modelSaying({ grembley: "B-PER", anna: "B-PER" });
    expect(typed("A spokesman for Grembley declined to comment.", model)).toEqual(["PERSON Grembley"]);
    expect(typed("She has a job at Anna in the shop.", model)).toEqual(["PERSON Anna"]);
  });
});
