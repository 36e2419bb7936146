// The one function of html-to-text 9 (devDependency, used by eval/lib/text-dump.ts) that the eval calls; the package ships no types.
declare module "html-to-text" {
  export function convert(html: string, options?: Record<string, unknown>): string;
}

// turndown 7 (devDependency, eval/lib/text-dump.ts's Markdown renderer) ships no types either: the constructor and the one method used.
declare module "turndown" {
  export default class TurndownService {
    constructor(options?: Record<string, unknown>);
    turndown(input: string | object): string;
  }
}
