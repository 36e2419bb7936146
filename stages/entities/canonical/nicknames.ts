/**
 * English nicknames of given names ("Bill" is "William", "Bob" is "Robert"):
 * a person written both ways is one entity. Only PERSON names are read through
 * this table (canonical/normalize.ts matchTokens), and only pet forms that
 * belong to one formal name: "Chris" (Christopher, Christine), "Sam" (Samuel,
 * Samantha), "Alex" and "Ted" (Edward, Theodore) are left out, as are pet
 * forms that are names of their own ("Jack", "Harry"). General knowledge, not
 * taken from any document. Lower case.
 */
const NICKNAME_ROWS: readonly (readonly string[])[] = [
  // formal name first, then its pet forms
  ["william", "bill", "billy", "will", "willy", "willie"],
  ["robert", "bob", "bobby", "rob", "robbie", "bert"],
  ["richard", "dick", "rick", "ricky", "richie"],
  ["james", "jim", "jimmy"],
  ["michael", "mike", "mikey", "mick", "mickey"],
  ["thomas", "tom", "tommy"],
  ["anthony", "tony"],
  ["david", "dave", "davey"],
  ["joseph", "joe", "joey"],
  ["edward", "ed", "eddie", "ned"],
  ["benjamin", "ben", "benny"],
  ["daniel", "dan", "danny"],
  ["peter", "pete"],
  ["nicholas", "nick", "nicky"],
  ["andrew", "andy", "drew"],
  ["charles", "charlie", "chuck"],
  ["lawrence", "larry"],
  ["gregory", "greg"],
  ["matthew", "matt"],
  ["timothy", "tim"],
  ["frederick", "fred", "freddie", "freddy"],
  ["vladimir", "vlad"],
  ["elizabeth", "liz", "betty", "libby"],
  ["margaret", "peggy", "maggie"],
  ["susan", "sue", "susie"],
  ["jennifer", "jenny"],
  ["katherine", "kathy"],
  ["patricia", "patty", "trish"],
  ["deborah", "debbie", "deb"],
];

/** pet form → formal name. */
export const NICKNAMES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [formal, ...pets] of NICKNAME_ROWS) for (const p of pets) m.set(p, formal);
  return m;
})();
