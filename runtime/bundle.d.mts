/** Types of runtime/bundle.mjs. */
export type BundleName = "cli" | "worker" | "tables";
export declare function bundled(name: BundleName): Promise<URL | null>;
export declare function workerBundle(): Promise<URL | null>;
export declare function bundleKey(): string;
