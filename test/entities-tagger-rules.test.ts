import { describe, expect, it } from "vitest";
import { commonWordClass, NAME_TAGS, namePhraseTags } from "../stages/entities/lexicon.ts";
import { featureContext } from "../stages/entities/features.ts";
import { LABELS, loadModel, NUM_LABELS } from "../stages/entities/model.ts";
import { modelSaying, typed } from "./helpers/entity-model.ts";
import { tokenize } from "../stages/entities/tokens.ts";

/** Invented names; a hand-made model (helpers/entity-model.ts) fixes what the learned part says, so only the rules are tested. */
const label = (name: string) => LABELS.indexOf(name);

describe("post-processing rules", () => {
  it("a source of information is an organisation, not a place", () => {
    const model = modelSaying({ zorvia: "B-PLACE" });
    expect(typed("The talks failed, according to Zorvia.", model)).toEqual(["ORG Zorvia"]);
    expect(typed("The talks failed, officials told Zorvia.", model)).toEqual(["ORG Zorvia"]);
    // Elsewhere the model's place stays a place.
    expect(typed("The talks were held in Zorvia.", model)).toEqual(["GPE Zorvia"]);
  });

  it("a listed place whose span runs into the next person's given name gives it back", () => {
    const model = modelSaying({ syria: "B-PLACE", oskar: "I-PLACE", venndrup: "B-PER" });
    expect(typed("The envoy for Syria Oskar de Venndrup spoke.", model)).toEqual(["GPE Syria", "PERSON Oskar de Venndrup"]);
    expect(typed("The envoy for Syria Oskar Venndrup spoke.", model)).toEqual(["GPE Syria", "PERSON Oskar Venndrup"]);
    // no person after it: the span is left as the model made it
    expect(typed("The envoy for Syria Oskar spoke.", model)).toEqual(["GPE Syria Oskar"]);
  });

  it("an ordinary word the model is unsure is an organisation, before a lower-case noun, is no name", () => {
    // a small weight: the model leans to ORG, unsure
    const unsure = loadModel({ version: "t", labels: [...LABELS], scale: 100, trans: new Array(NUM_LABELS ** 2).fill(0), start: new Array(NUM_LABELS).fill(0),
      weights: { b: [label("O"), 100], "w=regional": [label("B-ORG"), 101], "w=velmorcorp": [label("B-ORG"), 101] } });
    expect(typed("Regional talks resumed on Monday.", unsure)).toEqual([]);
    // not an ordinary word, or not before a lower-case word: kept
    expect(typed("Velmorcorp talks resumed on Monday.", unsure)).toEqual(["ORG Velmorcorp"]);
    expect(typed("They met at Regional.", unsure)).toEqual(["ORG Regional"]);
    // a sure organisation stays
    expect(typed("Regional talks resumed on Monday.", modelSaying({ regional: "B-ORG" }))).toEqual(["ORG Regional"]);
  });

  it("a name after an organisation-leading word and a particle takes them in, as an organisation", () => {
    const model = modelSaying({ zarqun: "B-NORP" });
    expect(typed("Fighters of the Liwa al-Zarqun group withdrew.", model)).toEqual(["ORG Liwa al-Zarqun"]);
    // without the particle, or without the leading word, the model's span stays
    expect(typed("Fighters of the Liwa Zarqun group withdrew.", model)).toEqual(["NORP Zarqun"]);
    expect(typed("Fighters of the al-Zarqun group withdrew.", model)).toEqual(["NORP Zarqun"]);
  });

  it("keeps a listed place after a verb of saying", () => {
    const model = modelSaying({ syria: "B-PLACE" });
    expect(typed("The report was welcomed, according to Syria.", model)).toEqual(["GPE Syria"]);
  });

  it("a one-word name after 'mayor of' or 'the canton of' is a place", () => {
    const model = modelSaying({ quandt: "B-PER" });
    expect(typed("She was elected mayor of Quandt last year.", model)).toEqual(["GPE Quandt"]);
    expect(typed("Snow closed roads in the canton of Quandt.", model)).toEqual(["GPE Quandt"]);
    expect(typed("The report was written by Quandt.", model)).toEqual(["PERSON Quandt"]);
  });
});

describe("names of events", () => {
  it("drops a place that only names an agreement or a contest", () => {
    const model = modelSaying({ zorvia: "B-PLACE" });
    expect(typed("The Zorvia Agreement was signed on Friday.", model)).toEqual([]);
    expect(typed("She won the Zorvia Open twice.", model)).toEqual([]);
    expect(typed("Zorvia signed the agreement on Friday.", model)).toEqual(["GPE Zorvia"]);
    expect(typed("The Treaty of Zorvia ended the war.", model)).toEqual([]);
  });
});

describe("regnal numbers", () => {
  it("joins a ruler's number to the name, not the pronoun I", () => {
    const model = modelSaying({ quandt: "B-PER" });
    expect(typed("The town was founded by Quandt III in 1410.", model)).toEqual(["PERSON Quandt III"]);
    expect(typed("When I met Quandt I thought of her book.", model)).toEqual(["PERSON Quandt"]);
  });
});

describe("quoted titles", () => {
  it("drops a name that fills a quotation on its own", () => {
    const model = modelSaying({ quandt: "B-PER" });
    expect(typed("Her best-known song is “Quandt” from 1998.", model)).toEqual([]);
    expect(typed("Her best-known song is about Quandt from 1998.", model)).toEqual(["PERSON Quandt"]);
  });
  it("keeps a listed place or organisation in quotation marks", () => {
    const model = modelSaying({ canada: "B-PLACE" });
    expect(typed("He kept saying “Canada” all night.", model)).toEqual(["GPE Canada"]);
  });
});

describe("name lists and common words", () => {
  it("tags words of listed names by class and position", () => {
    expect(NAME_TAGS.get("Canada")).toContain("nl=PLACE");
    expect(NAME_TAGS.get("Kipling")).toEqual(expect.arrayContaining(["nl=PER", "nl=SURNAME"]));
    expect(NAME_TAGS.get("the")).toBeUndefined();
  });

  it("matches listed multi-word names, longest first", () => {
    const words = tokenize("They sailed up the Mississippi River past New Orleans.").words;
    const tags = namePhraseTags(words);
    expect(tags[words.indexOf("New")]).toMatch(/-B$/);
    expect(tags[words.indexOf("Orleans")]).toMatch(/-I$/);
    expect(tags[words.indexOf("sailed")]).toBeNull();
  });

  it("knows ordinary words, their plurals, and words that are also names", () => {
    expect(commonWordClass("analysis")).toBe("common");
    expect(commonWordClass("bananas")).toBe("common");
    expect(commonWordClass("ford")).toBe("both");
    expect(commonWordClass("canada")).toBeNull();
  });

  it("marks short quotations, not long ones", () => {
    const c = featureContext(tokenize('Her song "Quiet Harbour" won. He said "we will not stop building until the whole harbour is done" today.'));
    const at = (w: string) => c.quoted[c.tok.words.indexOf(w)];
    expect(at("Quiet")).toBe(true);
    expect(at("Harbour")).toBe(true);
    expect(at("stop")).toBe(false);
  });
});

describe("post-processing rules (issue 5)", () => {
  it("a lone unlisted name that speaks is a person", () => {
    const model = modelSaying({ dravelle: "B-PLACE" });
    expect(typed('"We are ready," said Dravelle.', model)).toEqual(["PERSON Dravelle"]);
    expect(typed("Dravelle, who led the inquiry, resigned.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed("The talks were held in Dravelle.", model)).toEqual(["GPE Dravelle"]);
  });

  it("a name right after a word for a creative work is not tagged", () => {
    const model = modelSaying({ quorbin: "B-PLACE" });
    expect(typed("She starred in the film Quorbin last year.", model)).toEqual([]);
    expect(typed("She lived in Quorbin last year.", model)).toEqual(["GPE Quorbin"]);
  });

  it("a name ending in a word for a street or tower is a place", () => {
    const model = modelSaying({ velmor: "B-ORG", tower: "I-ORG" });
    expect(typed("They met at Velmor Tower on Monday.", model)).toEqual(["LOC Velmor Tower"]);
  });

  it("a bare institution word after 'the' is not a name", () => {
    const model = modelSaying({ government: "B-ORG" });
    expect(typed("The minister said the Government is ready.", model)).toEqual([]);
  });

  it("a capitalised word after an honorific is a person", () => {
    const model = modelSaying({});
    expect(typed("The report was criticised by Ms. Tarrow yesterday.", model)).toEqual(["PERSON Tarrow"]);
  });

  it("a ruler's land after 'of' is a place, and epithets belong to the name", () => {
    const model = modelSaying({ brennach: "B-PER", lucan: "B-PER" });
    expect(typed("She was the Countess of Brennach until 1620.", model)).toEqual(["GPE Brennach"]);
    expect(typed("The portrait by Lucan the Elder hangs here.", model)).toEqual(["PERSON Lucan the Elder"]);
  });
});

describe("post-processing rules", () => {
  it("a speaker cue adds an untagged unlisted name as a person", () => {
    const model = modelSaying({});
    expect(typed("Two years later, Dravelle, now 31, is on trial.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed("Dravelle, who led the inquiry, resigned.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed('"It was hard," Dravelle says.', model)).toEqual(["PERSON Dravelle"]);
    // An English word is not a name, whatever follows it.
    expect(typed("However, who led the inquiry is unclear.", model)).toEqual([]);
  });

  it("a person's verb or an age after a lone name the model took for a place makes it a person", () => {
    const model = modelSaying({ dravelle: "B-PLACE" });
    expect(typed("In 2011, Dravelle starred in a comedy.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed("Later, Dravelle, 45, left the city.", model)).toEqual(["PERSON Dravelle"]);
    expect(typed("In 2011, Dravelle grew quickly.", model)).toEqual(["GPE Dravelle"]);
  });

  it("a name ending in a business or newspaper word is an organisation", () => {
    const model = modelSaying({ velmor: "B-PLACE", records: "I-PLACE", gazette: "I-PLACE" });
    expect(typed("She signed with Velmor Records in 1970.", model)).toEqual(["ORG Velmor Records"]);
    expect(typed("He wrote for the Velmor Gazette.", model)).toEqual(["ORG Velmor Gazette"]);
    expect(typed("She lived in Velmor until 1970.", model)).toEqual(["GPE Velmor"]);
  });

  it("a name ending in a prize or contest word is not an organisation", () => {
    const model = modelSaying({ velmor: "B-ORG", medal: "I-ORG", open: "I-ORG", council: "I-ORG" });
    expect(typed("She received the Velmor Medal in 1977.", model)).toEqual([]);
    expect(typed("He lost the final of the Velmor Open.", model)).toEqual([]);
    expect(typed("He joined the Velmor Council.", model)).toEqual(["ORG Velmor Council"]);
  });
});

describe("issue 19: wire copy, sports, companies, things, small places", () => {
  it("a mention never crosses a line break: a heading and the first sentence are two contexts", () => {
    const model = modelSaying({ velmor: "B-ORG", tarrow: "I-ORG" });
    expect(typed("Velmor Tarrow opened.", model)).toEqual(["ORG Velmor Tarrow"]);
    expect(typed("Velmor\nTarrow opened.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
  });

  it("a dateline place in capitals is a GPE, whole, whatever the model said", () => {
    const model = modelSaying({ velmor: "B-ORG" });
    expect(typed("VELMOR (Reuters) - The talks resumed.", model)).toEqual(["GPE VELMOR"]);
    expect(typed("NEW VELMOR — The talks resumed.", model)).toEqual(["GPE NEW VELMOR"]);
    expect(typed("VELMOR, Tarrow (AP) -- The talks resumed.", model)).toEqual(["GPE VELMOR", "GPE Tarrow"]);
    expect(typed("Results\nVELMOR 1996-08-30\nThe talks resumed.", model)).toEqual(["GPE VELMOR"]);
    // a section label of ordinary words is no dateline, nor is a name mid-line
    expect(typed("SOCCER - The talks resumed.", model)).toEqual([]);
    expect(typed("They met Velmor - and left.", model)).toEqual(["ORG Velmor"]);
  });

  it("teams in a results line or a league table are organisations; countries keep their type", () => {
    const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", france: "B-PLACE" });
    expect(typed("Results on Saturday:\nVelmor 2 Tarrow 1\n", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed("Velmor 2 France 1", model)).toEqual(["ORG Velmor", "GPE France"]);
    expect(typed("Standings:\nVelmor 5 4 1 0 10 3 13\nKeldbury 5 3 1 1 8 4 10", model)).toEqual(["ORG Velmor", "ORG Keldbury"]);
    // a place with one number after it is not a score
    expect(typed("Velmor has 2 bridges.", model)).toEqual(["GPE Velmor"]);
  });

  it("a town the sports verbs make a team is an organisation", () => {
    const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", dravelle: "B-PER" });
    expect(typed("Velmor beat Tarrow on Saturday.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed("Dravelle signed for Tarrow in May.", model)).toEqual(["PERSON Dravelle", "ORG Tarrow"]);
    expect(typed("Velmor v Tarrow was abandoned.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    // moving to a town is not a sports word
    expect(typed("Dravelle moved to Tarrow in May.", model)).toEqual(["PERSON Dravelle", "GPE Tarrow"]);
    // "played with" a list of towns: every town of the list is a team; "lived in" one is not.
    expect(typed("Dravelle played with Velmor and Tarrow in the league.", model)).toEqual(["PERSON Dravelle", "ORG Velmor", "ORG Tarrow"]);
    expect(typed("Dravelle played 26 games for Velmor.", model)).toEqual(["PERSON Dravelle", "ORG Velmor"]);
    expect(typed("Dravelle lived in Velmor and Tarrow.", model)).toEqual(["PERSON Dravelle", "GPE Velmor", "GPE Tarrow"]);
  });

  it("a name ending in a club word is a club, town included", () => {
    expect(typed("Velmor United signed a striker.", modelSaying({ united: "B-ORG" }))).toEqual(["ORG Velmor United"]);
    expect(typed("He left Tarrow Rovers in May.", modelSaying({ tarrow: "B-PLACE" }))).toEqual(["ORG Tarrow Rovers"]);
    // "United" before another name word is not a club word
    expect(typed("He left the Velmor United Front.", modelSaying({ velmor: "B-ORG", united: "I-ORG", front: "I-ORG" }))).toEqual(["ORG Velmor United Front"]);
  });

  it("a town in a headline under a team-sport slug is a team, unless it is the venue", () => {
    const model = modelSaying({ velmor: "B-PLACE", tarrow: "B-PLACE", france: "B-PLACE" });
    expect(typed("SOCCER - VELMOR SIGN STRIKER\nThe club said so.", model)).toEqual(["ORG VELMOR"]);
    expect(typed("RUGBY LEAGUE - FRANCE BEAT VELMOR IN TARROW\nIt rained.", model)).toEqual(["GPE FRANCE", "ORG VELMOR", "GPE TARROW"]);
    // no sport slug: a town stays a town
    expect(typed("FLOODS - VELMOR SIGN PACT\nIt rained.", model)).toEqual(["GPE VELMOR"]);
  });

  it("a listed town and a plural nickname make a team", () => {
    const model = modelSaying({ leeds: "B-PLACE", falcons: "I-PLACE", heights: "I-PLACE", albanians: "I-PLACE" });
    expect(typed("The Leeds Falcons won again.", model)).toEqual(["ORG Leeds Falcons"]);
    // a place word or a people after the town: not a team
    expect(typed("The Leeds Heights estate grew.", model)).toEqual(["GPE Leeds Heights"]);
    // a person whose given name is also a city keeps being a person
    expect(typed("Deputy mayor Sofia Reyes said so.", modelSaying({ sofia: "B-PER", reyes: "I-PER" }))).toEqual(["PERSON Sofia Reyes"]);
  });

  it("a legal-form suffix makes a company and belongs to its name", () => {
    expect(typed("Shares in Velmor AG fell.", modelSaying({ velmor: "B-PER" }))).toEqual(["ORG Velmor AG"]);
    expect(typed("Shares in Keldor Brenta SpA fell.", modelSaying({}))).toEqual(["ORG Keldor Brenta SpA"]);
    expect(typed("The deal with Tarrow Holdings Ltd closed.", modelSaying({ tarrow: "B-PLACE", holdings: "I-PLACE" }))).toEqual(["ORG Tarrow Holdings Ltd"]);
  });

  it("titles such as Colonel never open a person's name", () => {
    const model = modelSaying({ colonel: "B-PER", jane: "I-PER", dravelle: "I-PER" });
    expect(typed("Colonel Jane Dravelle spoke.", model)).toEqual(["PERSON Jane Dravelle"]);
  });

  it("ships, software and products are not people", () => {
    const model = modelSaying({ zorvo: "B-PER" });
    expect(typed("They spoke via Zorvo on Monday.", model)).toEqual([]);
    expect(typed("The frigate Zorvo sailed.", model)).toEqual([]);
    expect(typed("HMS Zorvo sailed.", model)).toEqual([]);
    expect(typed("They spoke with Zorvo on Monday.", model)).toEqual(["PERSON Zorvo"]);
  });

  it("an unknown small place after 'near' or 'the town of' is a place", () => {
    expect(typed("The farm near Keldby burned.", modelSaying({}))).toEqual(["GPE Keldby"]);
    expect(typed("In the town of Keldby it rained.", modelSaying({ keldby: "B-PER" }))).toEqual(["GPE Keldby"]);
    expect(typed("In the vicinity of Keldby it rained.", modelSaying({}))).toEqual(["GPE Keldby"]);
    // an ordinary word after "near" is not a name
    expect(typed("They met near Christmas.", modelSaying({}))).toEqual([]);
  });

  it("an acronym in brackets takes the type of a name it abbreviates only", () => {
    const model = modelSaying({ velmoria: "B-PLACE", fav: "B-ORG" });
    // The capitalised "Army of" before the place makes the whole long form one organisation (institution-of-place), and the acronym is its alias.
    expect(typed("Fighters of the Free Army of Velmoria (FAV) left.", model)).toEqual(["ORG Free Army of Velmoria", "ORG FAV"]);
    // "VLM" is not made of the initials of a long form: it does not take Velmoria's type
    expect(typed("Talks with Velmoria (VLM) resumed.", model)).toEqual(["GPE Velmoria"]);
    expect(typed("Talks with the Velmor Tarrow Front (VTF) resumed.", modelSaying({ velmor: "B-ORG", tarrow: "I-ORG", front: "I-ORG" }))).toEqual(["ORG Velmor Tarrow Front", "ORG VTF"]);
  });

  it("a name described as a band, label or company is an organisation", () => {
    const model = modelSaying({ ann: "B-PER", velmor: "B-PER", tarrow: "B-PLACE" });
    expect(typed("Years later, Ann joined the band Velmor.", model)).toEqual(["PERSON Ann", "ORG Velmor"]);
    expect(typed("Tarrow is a Danish chain of stores.", model)).toEqual(["ORG Tarrow"]);
    expect(typed("The shop sold it to Velmor, a stationery company with offices abroad.", model)).toEqual(["ORG Velmor"]);
    // An untagged name after a kind noun is added, its "The" included.
    expect(typed("The tour featured the punk band The Zennies.", model)).toEqual(["ORG The Zennies"]);
    // The kind noun must close its phrase, and a following past tense makes the name its subject.
    expect(typed("Velmor is a company director.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("He visited the band leader Velmor.", model)).toEqual(["PERSON Velmor"]);
    expect(typed("It was the company Velmor founded.", model)).toEqual(["PERSON Velmor"]);
    // "publisher" also names people: a two-word person stays a person.
    expect(typed("He met the publisher Ann Velmor.", modelSaying({ ann: "B-PER", velmor: "I-PER" }))).toEqual(["PERSON Ann Velmor"]);
  });

  it("a call sign in a document about radio is an organisation", () => {
    const model = modelSaying({});
    expect(typed("The match was on the radio. 5XL was founded in 1930 and 882 5XL still airs.", model)).toEqual(["ORG 5XL", "ORG 882 5XL"]);
    // Clock times are no call signs; without radio, a code is nothing.
    expect(typed("The radio show starts at 4PM.", model)).toEqual([]);
    expect(typed("Part 5XL was shipped in 1994.", model)).toEqual([]);
    // A year before the call sign does not join it.
    expect(typed("Listeners heard it. In 1994 5XL was sold.", model)).toEqual(["ORG 5XL"]);
  });

  it("a bare ordinal naming a unit of the document is an organisation", () => {
    const model = modelSaying({ velmor: "B-ORG", infantry: "I-ORG" });
    const out = typed("The 139th Velmor Infantry was raised in 1862. In May the 139th fought at the river.", model);
    expect(out.filter((m) => m === "ORG 139th")).toHaveLength(1);
    // An ordinal the document never uses as a name's head, or one before a noun, is no unit.
    expect(typed("We met on the 5th and left.", model)).toEqual([]);
    expect(typed("The 19th Velmor Infantry fought in the 19th century.", model).filter((m) => m === "ORG 19th")).toEqual([]);
  });

  it("an organisation name cut at 'of' or 'for' takes the rest of its name", () => {
    const model = modelSaying({ zennish: "B-ORG", party: "I-ORG", centre: "B-ORG", velmor: "B-PLACE", ann: "B-PER" });
    expect(typed("He joined the Zennish Party of the Velmor Islands in 1990.", model)).toEqual(["ORG Zennish Party of the Velmor Islands"]);
    expect(typed("She led the Centre for Tarrow and Zennish Studies.", model)).toEqual(["ORG Centre for Tarrow and Zennish Studies"]);
    // "and" before another organisation keeps the two apart.
    expect(typed("The Zennish Party of Velmor and the Zennish Party met.", model)).toEqual(["ORG Zennish Party of Velmor", "ORG Zennish Party"]);
    // A seat or a club after "for" is not part of the name.
    expect(typed("Ann sat in the Zennish Parliament for Velmor.", modelSaying({ ann: "B-PER", zennish: "B-ORG", parliament: "I-ORG", velmor: "B-PLACE" }))).toEqual(["PERSON Ann", "ORG Zennish Parliament", "GPE Velmor"]);
  });

  it("a person's name takes its hyphenated syllable and gives back 'of' its party", () => {
    const model = modelSaying({ park: "B-PER", min: "I-PER", ann: "B-PER", velmor: "I-PER", of: "I-PER", tarrow: "I-PER", charles: "B-PER", ii: "I-PER", france: "I-PER", john: "B-PER" });
    expect(typed("They met Park Min-ho in Seoul.", model)).toEqual(["PERSON Park Min-ho"]);
    // An English word after the hyphen is no part of the name.
    expect(typed("It was a Park Min-led plan.", model)).toEqual(["PERSON Park Min"]);
    expect(typed("The members were Ann Velmor of Tarrow and others.", model)).toEqual(["PERSON Ann Velmor"]);
    expect(typed("The members were Ann Velmor of France and others.", model)).toEqual(["PERSON Ann Velmor", "GPE France"]);
    // A ruler's numeral or a one-word name keeps its "of".
    expect(typed("He served Charles II of France.", model)).toEqual(["PERSON Charles II of France"]);
    expect(typed("He served John of Tarrow.", model)).toEqual(["PERSON John of Tarrow"]);
  });
});

describe("post-processing rules: lists, acronyms, a capital The, sports documents", () => {
  it("names of one coordinated list take the list's type when the model is unsure of one", () => {
    const model = modelSaying({ velmor: "B-ORG", tarrow: "B-ORG", quenby: "B-PER" });
    expect(typed("Velmor, Tarrow and Quenby formed a coalition.", model)).toEqual(["ORG Velmor", "ORG Tarrow", "ORG Quenby"]);
    expect(typed("The pact of Velmor, the Tarrow and Quenby held.", model)).toEqual(["ORG Velmor", "ORG Tarrow", "ORG Quenby"]);
    // two names say nothing, and a chain of commas alone may be "town, region, country"
    expect(typed("Velmor and Quenby formed a coalition.", model)).toEqual(["ORG Velmor", "PERSON Quenby"]);
    expect(typed("They met at Velmor, Tarrow, Quenby.", model)).toEqual(["ORG Velmor", "ORG Tarrow", "PERSON Quenby"]);
    // no clear majority: nothing changes
    expect(typed("Velmor, Quenby and Dravelle met.", modelSaying({ velmor: "B-ORG", quenby: "B-PER", dravelle: "B-PLACE" }))).toEqual(["ORG Velmor", "PERSON Quenby", "GPE Dravelle"]);
  });

  it("a bare acronym in running text is an organisation, an everyday abbreviation is not", () => {
    const model = modelSaying({});
    expect(typed("In the vote the ZQRB finished first in every region.", model)).toEqual(["ORG ZQRB"]);
    expect(typed("All the KVL members were defeated at the polls.", model)).toEqual(["ORG KVL"]);
    expect(typed("The DNA test came back from the ICU on the same day.", model)).toEqual([]);
    expect(typed("The reign of the king ended when Henry VIII died.", model).filter((m) => m.endsWith("VIII"))).toEqual([]);
    // part of a longer name, or joined by a hyphen: left to the model
    expect(typed("The ZQRB Velmor branch was closed in the end.", model)).toEqual([]);
    expect(typed("It was run by the ZQRB-KVL group in the end.", model)).toEqual([]);
    // in brackets after a name, the acronym is that name's to define
    expect(typed("Talks with Velmoria (VLM) resumed.", modelSaying({ velmoria: "B-PLACE" }))).toEqual(["GPE Velmoria"]);
  });

  it("a capital 'The' in mid-sentence belongs to the organisation it opens", () => {
    const model = modelSaying({ velmor: "B-ORG", zennies: "B-PER" });
    expect(typed("They toured with The Velmor in May.", model)).toEqual(["ORG The Velmor"]);
    // at a sentence start it is ordinary capitalisation; a person does not take it
    expect(typed("The Velmor toured in May.", model)).toEqual(["ORG Velmor"]);
    expect(typed("They toured with The Zennies in May.", model)).toEqual(["PERSON Zennies"]);
  });

  it("in a document about a team sport a town before 'won' or after 'against' is a team", () => {
    const model = modelSaying({ tarrow: "B-PLACE", velmor: "B-PLACE" });
    const sport = "The season ended with the cup final. The coach praised the team after the match, and the league table shows it.";
    expect(typed(`${sport} Tarrow won easily. The goals came late against Velmor.`, model)).toEqual(["ORG Tarrow", "ORG Velmor"]);
    // without the sports vocabulary, the towns stay places
    expect(typed("Tarrow won a grant for its bridge. Protests against Velmor grew.", model)).toEqual(["GPE Tarrow", "GPE Velmor"]);
  });

  it("a place described as a settlement, or given with its country, is a place", () => {
    const model = modelSaying({ keldby: "B-PER", saffron: "B-PER", walden: "I-PER", anna: "B-PER", berg: "I-PER", england: "B-PLACE", sweden: "B-PLACE" });
    expect(typed("Keldby is a small village in the north. Keldby has a church.", model)).toEqual(["GPE Keldby", "GPE Keldby"]);
    expect(typed("The unit moved to Saffron Walden, England, in June.", model)).toEqual(["GPE Saffron Walden", "GPE England"]);
    // a person with a listed given name, or a country's possessive, is no town there
    expect(typed("They met Anna Berg, Sweden's envoy.", model)).toEqual(["PERSON Anna Berg", "GPE Sweden"]);
    // a description as a person keeps the person
    expect(typed("Keldby is a singer in the band.", model)).toEqual(["PERSON Keldby"]);
  });

  it("the village of X outweighs the model's other mentions of X in the document", () => {
    const model = modelSaying({ atwick: "B-PER" });
    expect(typed("Atwick grew. The farm lies in the village of Atwick. Atwick had 318 people.", model)).toEqual(["GPE Atwick", "GPE Atwick", "GPE Atwick"]);
  });

  it("in a document about a team sport, 'the' and a capitalised plural is a team", () => {
    const model = modelSaying({ zorvacks: "B-NORP" });
    const sport = "The season ended with the cup final. The coach praised the team after the match, and the league table shows it.";
    expect(typed(`${sport} He was traded to the Zorvacks in May.`, model)).toEqual(["ORG Zorvacks"]);
    expect(typed(`${sport} He was traded to the Quellons in May.`, modelSaying({}))).toEqual(["ORG Quellons"]);
    // elsewhere a group name stays what the model said; a people is never a team
    expect(typed("He met the Zorvacks in May.", model)).toEqual(["NORP Zorvacks"]);
    expect(typed(`${sport} He joined the Americans in May.`, modelSaying({}))).not.toContain("ORG Americans");
  });

  it("a person's name takes in a particle and the name on its other side", () => {
    expect(typed("She met Marcus du Velmor in Paris.", modelSaying({ marcus: "B-PER" }))).toEqual(["PERSON Marcus du Velmor"]);
    expect(typed("It was led by Joaquin de la Tarrow and others.", modelSaying({ joaquin: "B-PER" }))).toEqual(["PERSON Joaquin de la Tarrow"]);
    expect(typed("A friend of Alexander von Velmor came.", modelSaying({ velmor: "B-PER" }))).toEqual(["PERSON Alexander von Velmor"]);
    // a title before the name stays out; a particle alone that is an ordinary word does not join
    expect(typed("Then Count Anton von Velmor spoke.", modelSaying({ velmor: "B-PER" }))).toEqual(["PERSON Anton von Velmor"]);
    expect(typed("She met Marcus la Velmor in Paris.", modelSaying({ marcus: "B-PER" }))).toEqual(["PERSON Marcus"]);
  });

  it("names listed after a plural kind noun (bands such as X and Y) are organisations", () => {
    const model = modelSaying({ velmor: "B-PER", tarrow: "B-PLACE", france: "B-PLACE" });
    expect(typed("They toured with bands such as Velmor and Tarrow.", model)).toEqual(["ORG Velmor", "ORG Tarrow"]);
    expect(typed("Teams including France and Tarrow entered.", model)).toEqual(["GPE France", "ORG Tarrow"]);
    // no kind noun: the model's types stay
    expect(typed("They toured with friends such as Velmor and Tarrow.", model)).toEqual(["PERSON Velmor", "GPE Tarrow"]);
  });

  it("an office addressed after an honorific is no name (Mr. President)", () => {
    const model = modelSaying({});
    expect(typed("Thank you, Mr. President, and thank you, Mr. Velmor.", model)).toEqual(["PERSON Velmor"]);
  });

  it("a kind noun names an organisation also when a main-clause verb follows the name", () => {
    const model = modelSaying({ zennies: "B-PER" });
    expect(typed("In June the Icelandic band Zennies released a video.", model)).toEqual(["ORG Zennies"]);
  });
});
