/** Types of runtime/code.mjs. */
export declare const ROOT: string;
export declare const CODE_DIRS: readonly string[];
export declare function codeHash(): string;
