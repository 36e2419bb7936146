/** Types of pipeline/code.mjs. */
export declare const ROOT: string;
export declare function codeHash(): string;
