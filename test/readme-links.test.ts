/**
 * Every relative link in README.md, docs/*.md and the stages' README.md files
 * leads somewhere: the file (or folder) exists, and a `#fragment` names a
 * heading of the target Markdown file (GitHub's heading anchors). Links inside code spans and fenced code are not
 * links; web addresses are not checked (no network in the tests).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

/** The text outside fenced code blocks and inline code spans. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** Link targets: `[text](target)` and `[text](<target>)`, images included. */
function linkTargets(markdown: string): string[] {
  const out: string[] = [];
  for (const m of prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2… */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const m of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The broken links of one Markdown file, as "target: why". */
function brokenLinks(file: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:…
    const hash = target.indexOf("#");
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const fragment = hash < 0 ? "" : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === "" ? file : join(dirname(file), pathPart);
    if (!existsSync(resolved)) {
      broken.push(`${target}: no such file`);
      continue;
    }
    if (fragment !== "" && resolved.endsWith(".md") && statSync(resolved).isFile()) {
      const anchors = headingAnchors(pathPart === "" ? markdown : readFileSync(resolved, "utf8"));
      if (!anchors.has(fragment)) broken.push(`${target}: no heading #${fragment} in ${relative(ROOT, resolved)}`);
    }
  }
  return broken;
}

/** The README.md files under a folder (the stages' development notes). */
function readmesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...readmesUnder(path));
    else if (name === "README.md") out.push(path);
  }
  return out;
}

const docsDir = join(ROOT, "docs");
const FILES = [
  join(ROOT, "README.md"),
  ...(existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith(".md")).sort().map((f) => join(docsDir, f)) : []),
  ...readmesUnder(join(ROOT, "stages")),
];

describe("relative links in README.md, docs/*.md and stages/**/README.md", () => {
  for (const file of FILES) {
    it(`${relative(ROOT, file)}: every relative link resolves`, () => {
      expect(brokenLinks(file, readFileSync(file, "utf8"))).toEqual([]);
    });
  }

  it("the checker reports a missing file and a missing heading, and ignores code and web addresses", () => {
    const file = join(ROOT, "README.md");
    const md = [
      "# A heading (`with code`)",
      "See [here](#a-heading-with-code), [gone](no/such/file.md), [web](https://example.org/x).",
      "[bad anchor](README.md#no-such-heading) and `[in code](nowhere.md)`.",
      "```",
      "[fenced](nowhere-either.md)",
      "```",
    ].join("\n");
    expect(brokenLinks(file, md)).toEqual([
      "no/such/file.md: no such file",
      "README.md#no-such-heading: no heading #no-such-heading in README.md",
    ]);
  });
});
