/**
 * Machine-readable descriptions of the outputs, generated from the zod schemas:
 * JSON Schema for the records and tables, and a Frictionless Data Package
 * describing every CSV (and Parquet file) with its Table Schema, primary
 * and foreign keys, so pandas/polars/frictionless load them without guessing.
 */
import { z } from "zod";
import { Article, Entity, Manifest } from "../schemas/records.ts";
import { TABLES, type TableSpec } from "../schemas/tables.ts";
import { INSTANT_PRECISIONS, parquetColumns, PRECISION_SUFFIX } from "./parquet.ts";

export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    "article.schema.json": z.toJSONSchema(Article, { io: "output" }),
    "entity.schema.json": z.toJSONSchema(Entity, { io: "output" }),
    "manifest.schema.json": z.toJSONSchema(Manifest, { io: "output" }),
  };
  for (const t of TABLES) out[`table-${t.name}.schema.json`] = z.toJSONSchema(t.schema, { io: "output" });
  return out;
}

interface JsonSchemaProp {
  type?: string | string[];
  anyOf?: JsonSchemaProp[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
}

/** Table Schema field type from a JSON Schema property. */
function fieldOf(name: string, prop: JsonSchemaProp, required: boolean): Record<string, unknown> {
  const variants = prop.anyOf ?? [prop];
  const types = variants.flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []));
  const nullable = types.includes("null");
  const main = types.find((t) => t !== "null") ?? "string";
  const type = main === "integer" ? "integer" : main === "number" ? "number" : main === "boolean" ? "boolean" : "string";
  const field: Record<string, unknown> = { name, type };
  const desc = prop.description ?? variants.find((v) => v.description)?.description;
  if (desc) field.description = desc;
  const en = variants.find((v) => v.enum)?.enum;
  // A Table Schema pattern matches the whole value (implicitly anchored), a JSON Schema one anywhere:
  // zod's `^...$` anchors are dropped and what lies between them is grouped, so that an alternation
  // inside (`^a|b$`) stays one whole-value pattern. So `published` declares its ISO 8601 shape in the CSV's schema too.
  const pattern = tablePattern(variants.find((v) => v.pattern)?.pattern);
  const constraints: Record<string, unknown> = {};
  if (required && !nullable) constraints.required = true;
  if (en) constraints.enum = en;
  if (pattern) constraints.pattern = pattern;
  if (Object.keys(constraints).length) field.constraints = constraints;
  if (type === "boolean") Object.assign(field, { trueValues: ["true"], falseValues: ["false"] });
  return field;
}

/** A JSON Schema pattern as a Table Schema one: `^x$` → `(x)` (the whole value must match; a plain group, which XML Schema regexes, the Table Schema dialect, also know); an unanchored one as it is. */
export function tablePattern(pattern: string | undefined): string | undefined {
  const m = pattern && /^\^([\s\S]*)(?<!\\)\$$/.exec(pattern); // not a literal `\$`
  return m ? `(${m[1]})` : pattern;
}

export function tableSchema(t: TableSpec): Record<string, unknown> {
  const js = z.toJSONSchema(t.schema, { io: "output" }) as { properties: Record<string, JsonSchemaProp>; required?: string[] };
  const required = new Set(js.required ?? []);
  const fields = Object.entries(js.properties).map(([name, prop]) => fieldOf(name, prop, required.has(name)));
  const schema: Record<string, unknown> = { fields, missingValues: [""] };
  if (t.primaryKey.length) schema.primaryKey = t.primaryKey;
  if (t.foreignKeys.length) schema.foreignKeys = t.foreignKeys;
  return schema;
}

/** Table Schema of a Parquet file: the columns as written (timestamps with their precision sibling, lists as arrays). */
export function parquetTableSchema(t: TableSpec): Record<string, unknown> {
  // A column's description and enum are those of the same field in the CSV's Table Schema: a
  // notebook user reading the Parquet resource sees what `published_source` means and may hold.
  const props = (z.toJSONSchema(t.typed ?? t.schema, { io: "output" }) as { properties: Record<string, JsonSchemaProp> }).properties;
  const fields = parquetColumns(t.typed ?? t.schema).map((c) => {
    const type = { string: "string", int: "integer", double: "number", boolean: "boolean", timestamp: "datetime", list: "array", struct: "object" }[c.type.kind];
    const field: Record<string, unknown> = { name: c.name, type };
    const csv = props[c.name] ? fieldOf(c.name, props[c.name], false) : {};
    const precisionOf = c.name.endsWith(PRECISION_SUFFIX) && props[c.name.slice(0, -PRECISION_SUFFIX.length)];
    if (c.type.kind === "timestamp") field.description = `UTC instant; its precision is in ${c.name}${PRECISION_SUFFIX}`;
    else if (csv.description) field.description = csv.description;
    const constraints: Record<string, unknown> = {};
    if (!c.nullable) constraints.required = true;
    const en = precisionOf ? INSTANT_PRECISIONS : (csv.constraints as { enum?: unknown[] } | undefined)?.enum;
    if (en) constraints.enum = en;
    if (Object.keys(constraints).length) field.constraints = constraints;
    return field;
  });
  const schema: Record<string, unknown> = { fields };
  if (t.primaryKey.length) schema.primaryKey = t.primaryKey;
  if (t.foreignKeys.length) schema.foreignKeys = t.foreignKeys.map((k) => ({ ...k, reference: { ...k.reference, resource: `${k.reference.resource}-parquet` } }));
  return schema;
}

/**
 * The Data Package: every CSV table, and every Parquet file (resources named
 * `<table>-parquet`, plus `articles-nested-parquet`), for the formats written
 * (default: all).
 */
export function dataPackage(version: string, formats?: ReadonlySet<string>, formulaGuard = true): Record<string, unknown> {
  const csv = !formats || formats.has("csv");
  const parquet = !formats || formats.has("parquet");
  const resources: Record<string, unknown>[] = [];
  if (csv) {
    for (const t of TABLES) {
      resources.push({
        name: t.name,
        path: `tables/${t.name}.csv`,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        description: t.description,
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        // Whether the text cells carry the spreadsheet-formula guard (write/csv.ts; false with --no-csv-guard):
        // a reader strips one "'" from a cell matching ^'+[=+\-@\t\r] only when this is true.
        formulaGuard,
        schema: tableSchema(t),
      });
    }
  }
  if (parquet) {
    const parquetResource = (name: string, path: string, description: string, schema: Record<string, unknown>) => ({
      name,
      path,
      profile: "data-resource",
      format: "parquet",
      mediatype: PARQUET_MEDIATYPE,
      description,
      schema,
    });
    for (const t of TABLES) resources.push(parquetResource(`${t.name}-parquet`, `tables/${t.name}.parquet`, t.description, parquetTableSchema(t)));
    resources.push(
      parquetResource(
        "articles-nested-parquet",
        "articles.parquet",
        "the article records of articles.jsonl, nested: paragraphs, sentences, mentions and dates are lists of structs",
        parquetTableSchema({ name: "articles", schema: Article, primaryKey: ["article_id"], foreignKeys: [], description: "" }),
      ),
    );
  }
  return {
    // A Tabular Data Package holds only Tabular Data Resources (CSV or inline rows, frictionless spec v1):
    // with a Parquet resource in it, the package is a plain Data Package whose CSV resources stay tabular.
    profile: csv && !parquet ? "tabular-data-package" : "data-package",
    name: "broadsheet-output",
    title: "Broadsheet: cleaned, tagged news articles",
    version,
    resources,
  };
}

/** IANA registration of Parquet (2024). */
const PARQUET_MEDIATYPE = "application/vnd.apache.parquet";
