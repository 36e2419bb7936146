/**
 * Machine-readable descriptions of the outputs, generated from the zod schemas:
 * JSON Schema for the records and tables, and a Frictionless Data Package
 * (tabular-data-package) describing every CSV with its Table Schema, primary
 * and foreign keys, so pandas/polars/frictionless load them without guessing.
 */
import { z } from "zod";
import { Article, Entity, Manifest } from "../../schemas/records.ts";
import { TABLES, type TableSpec } from "../../schemas/tables.ts";

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
  const constraints: Record<string, unknown> = {};
  if (required && !nullable) constraints.required = true;
  if (en) constraints.enum = en;
  if (Object.keys(constraints).length) field.constraints = constraints;
  if (type === "boolean") Object.assign(field, { trueValues: ["true"], falseValues: ["false"] });
  return field;
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

export function dataPackage(version: string): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "broadsheet-output",
    title: "Broadsheet: cleaned, tagged news articles",
    version,
    resources: TABLES.map((t) => ({
      name: t.name,
      path: `tables/${t.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: t.description,
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(t),
    })),
  };
}
