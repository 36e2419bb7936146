/** The tool version written into manifest.json and the Data Package (from package.json). */
import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
