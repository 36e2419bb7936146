// The one function of html-to-text 9 (devDependency, used by eval/lib/text-dump.ts) that the eval calls; the package ships no types.
declare module "html-to-text" {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
