/** An invented whole-page text dump for the dump-header tests: a menu, the header lines under test, an article body, a footer. */
export const MENU = [" * Home", " * Politics", " * Business", " * Culture", " * Sport", ""];
export const BODY = [
  "The harbour board voted on Tuesday evening to close the old ferry pier for two years while engineers rebuild the pilings that have been sinking since the winter storms.",
  "",
  "Residents who rely on the morning crossing will be offered a bus link around the bay, the board said in a statement, and fares will stay at the current level until the pier reopens.",
  "",
  "Several fishermen told the meeting that the closure would cost them their mooring rights, and the chair promised a separate hearing on compensation before the end of the month.",
  "",
  "Work on the new pilings is due to start in the spring, once the tender for the steel has been settled and the divers have surveyed the seabed around the old structure.",
];
/** The dump with these header lines over the body (and another body, when given). */
export const dumpWith = (header: readonly string[], body: readonly string[] = BODY): string =>
  [...MENU, ...header, "", ...body, "", "Contact us", "Privacy policy"].join("\n");

/** A setext heading in a Markdown dump: the text over a line of "=" (level 1) or "-" (level 2) as long as it. */
export const setext = (text: string, mark: "=" | "-"): string[] => [text, mark.repeat(text.length)];
/** An invented Markdown dump: navigation links, the header lines under test, the text, lines after it, a footer of links. */
export const markdownDumpWith = (nav: readonly string[], header: readonly string[], text: readonly string[], after: readonly string[] = []): string =>
  [...nav, ...header, "", ...text, "", ...after, "", "[Imprint](/imprint)", "", "[Privacy](/privacy)"].join("\n");

/** An invented Markdown page (the rowing club's): its navigation links, its headline and its text, for `markdownDumpWith`. */
export const ROWING_NAV = ["[Lakeside Courier](/)", "", "*   [Town](/town)", "*   [Boats](/boats)", "*   [Weather](/weather)", ""];
export const ROWING_HEADLINE = "Rowing club opens a second boathouse on the north shore";
export const ROWING_TEXT = [
  "The rowing club opened its second boathouse on the north shore on Saturday, two years after members voted to move the junior squads away from the crowded harbour slipway.",
  "",
  "The boathouse holds twenty boats and a repair workshop, and the club says the shorter row to open water will let junior crews train on weekday evenings through the winter.",
  "",
  "Members raised most of the money through a sponsored row around the lake, and the town council paid for the new pontoon and the path from the car park.",
  "",
  "The club will hold an open day next month for families who want to try rowing, with coaches on the water and the old boathouse open for tours.",
];
/** The rowing club's Markdown page with these header lines over its text and these lines after it. */
export const rowingMarkdown = (header: readonly string[], after: readonly string[] = []): string => markdownDumpWith(ROWING_NAV, header, ROWING_TEXT, after);
