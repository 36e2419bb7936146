#!/usr/bin/python3
"""Check a Broadsheet output folder from Python, the way a notebook user loads it.

    /usr/bin/python3 scripts/check_outputs.py [OUT_DIR]      (default: out)

1. Loads every table of OUT_DIR/datapackage.json with pandas using the declared
   Table Schema types (integer -> Int64, number -> float64, boolean via
   trueValues/falseValues -> boolean, string -> object; missingValues -> NA),
   and checks required fields and enum constraints.
2. Checks primary keys are unique and foreign keys resolve.
3. Reads OUT_DIR/articles.jsonl and verifies in Python that text[start:end]
   equals the surface of every paragraph, sentence, mention and date (offsets
   are code points, so Python slicing must give the surface), both in the
   JSONL records and in the CSV tables, and that the CSV tables hold the same
   articles as the JSONL file; every published and modified value, and every
   date's value and range bounds that name a month or a day, name a real one
   ("2017-02-30" and "T25:00" fit the declared patterns, not the calendar;
   "T24:00" is TIMEX3's end-of-day midnight). A CSV text cell is compared with its formula
   guard's quote removed only when its resource says "formulaGuard": true
   (false: the run had --no-csv-guard, and "'-x" is the text itself).
4. Parquet resources (format "parquet"): loaded with pandas.read_parquet when
   a Parquet engine (pyarrow or fastparquet) is installed, and checked against
   the CSV table of the same name: same columns as declared, ids still strings,
   the same rows. Debian bookworm packages no Parquet engine, so without one
   this check says it was skipped (the Node tests read every Parquet file back
   with two independent readers). A folder with Parquet tables and no CSV
   (--format parquet) has its keys and spans checked on the Parquet tables.
5. Whatever formats the run wrote (--format): the article records come from
   articles.jsonl, else articles.yaml (PyYAML), else tables/articles.csv; when
   both JSONL and YAML are there, yaml.safe_load gives the same records. Every
   record, and manifest.json, is validated against its JSON Schema in
   OUT_DIR/schemas/ (the subset of keywords zod writes).
6. manifest.json: inputs = processed + rejected + skipped, every rejected
   input has a row in tables/rejects.csv and every reject names an input,
   every article's source is a processed input with that many articles, the
   counts equal the rows written, and every output file is listed with its
   SHA-256 (and nothing unlisted lies in the folder). README.md names only
   files that exist.

Exit status: 0 all checks passed, 1 a check failed (each problem printed on
stderr), 2 the folder holds neither manifest.json nor datapackage.json.

Needs pandas (Debian: apt-get install python3-pandas). Standard library otherwise
(PyYAML, python3-yaml, for articles.yaml). What this Python cannot check (no
Parquet engine, no PyYAML) is listed after the verdict as "NOT checked: ...".
"""
import calendar
import hashlib
import json
import os
import re
import sys

try:
    import pandas as pd
except ImportError:  # pragma: no cover
    sys.stderr.write("check_outputs: pandas is not installed (apt-get install python3-pandas)\n")
    sys.exit(2)

# The CSV writer prefixes text cells that a spreadsheet would run as a formula
# with a single quote (see write/csv.ts): a value that is quotes (none or more)
# followed by = + - @, a tab or a CR is written as "'" + value, unless the run had
# --no-csv-guard (datapackage.json: "formulaGuard": false on each CSV resource).
GUARDED = re.compile(r"'*[=+\-@\t\r]")
MAX_REPORTED = 20  # problems printed per check, so a systematic bug does not flood the log


class Problems:
    def __init__(self):
        self.by_check = {}

    def add(self, check, message):
        self.by_check.setdefault(check, []).append(message)

    def count(self):
        return sum(len(v) for v in self.by_check.values())

    def report(self, stream):
        for check, messages in self.by_check.items():
            for m in messages[:MAX_REPORTED]:
                stream.write("check_outputs: %s: %s\n" % (check, m))
            if len(messages) > MAX_REPORTED:
                stream.write("check_outputs: %s: ... and %d more\n" % (check, len(messages) - MAX_REPORTED))


def same_cell(csv_value, value, guard):
    """CSV cell equals the JSONL value, with the formula guard's leading quote when the run guarded
    (guard: the resource's formulaGuard), as it is when it did not (--no-csv-guard)."""
    if not isinstance(csv_value, str) and pd.isna(csv_value):  # None, pd.NA, or NaN (pandas 3's str dtype)
        csv_value = ""
    if value is None:
        value = ""
    return csv_value == ("'" + value if guard and GUARDED.match(value) else value)


def unguard(cell):
    """The value of a guarded CSV text cell: the guard's quote removed (see same_cell). Only for
    tables whose resource says "formulaGuard": true: unguarded, "'-x" is the text itself."""
    return cell[1:] if isinstance(cell, str) and GUARDED.match(cell) and cell.startswith("'") else cell


def convert_column(raw, field, problems, table):
    """raw: a Series of str (as read). Returns the Series in the declared type."""
    name = field["name"]
    ftype = field.get("type", "string")
    constraints = field.get("constraints", {})
    missing = raw == ""
    if constraints.get("required") and missing.any() and ftype != "string":
        problems.add("types", "%s.%s: %d empty values in a required column" % (table, name, int(missing.sum())))
    if ftype == "integer":
        numbers = pd.to_numeric(raw.where(~missing, None), errors="coerce")
        bad = numbers.isna() & ~missing
        frac = numbers.notna() & (numbers != numbers.round())
        if bad.any() or frac.any():
            problems.add("types", "%s.%s: not integers: %r" % (table, name, raw[bad | frac].head(3).tolist()))
            return numbers.astype("float64")
        return numbers.astype("Int64")
    if ftype == "number":
        numbers = pd.to_numeric(raw.where(~missing, None), errors="coerce")
        bad = numbers.isna() & ~missing
        if bad.any():
            problems.add("types", "%s.%s: not numbers: %r" % (table, name, raw[bad].head(3).tolist()))
        return numbers.astype("float64")
    if ftype == "boolean":
        true_values = set(field.get("trueValues", ["true", "True", "TRUE", "1"]))
        false_values = set(field.get("falseValues", ["false", "False", "FALSE", "0"]))
        mapping = {**{v: True for v in true_values}, **{v: False for v in false_values}}
        converted = raw.map(lambda v: mapping.get(v, pd.NA) if v != "" else pd.NA).astype("boolean")
        bad = converted.isna() & ~missing
        if bad.any():
            problems.add("types", "%s.%s: not booleans (trueValues %s, falseValues %s): %r"
                         % (table, name, sorted(true_values), sorted(false_values), raw[bad].head(3).tolist()))
        return converted
    # string (and any type pandas has no better dtype for): empty cell is NA when the column is nullable
    if "enum" in constraints:
        allowed = set(constraints["enum"])
        bad = ~raw.isin(allowed) & ~missing
        if bad.any():
            problems.add("types", "%s.%s: values outside the enum %s: %r"
                         % (table, name, sorted(allowed), raw[bad].head(3).tolist()))
    if "pattern" in constraints:  # Table Schema: the pattern matches the whole value (published: ISO 8601)
        pattern = re.compile(constraints["pattern"])
        bad = raw.map(lambda v: v != "" and pattern.fullmatch(v) is None)
        if bad.any():
            problems.add("types", "%s.%s: values not matching the declared pattern %s: %r"
                         % (table, name, constraints["pattern"], raw[bad].head(3).tolist()))
    if constraints.get("required"):
        return raw
    return raw.where(~missing, None)


def load_table(out_dir, resource, problems):
    path = os.path.join(out_dir, resource["path"])
    schema = resource["schema"]
    fields = schema["fields"]
    dialect = resource.get("dialect", {})
    if not os.path.exists(path):
        problems.add("tables", "%s: file %s missing" % (resource["name"], resource["path"]))
        return None
    raw = pd.read_csv(
        path,
        sep=dialect.get("delimiter", ","),
        quotechar=dialect.get("quoteChar", '"'),
        doublequote=dialect.get("doubleQuote", True),
        dtype=str,
        keep_default_na=False,  # only the declared missingValues mean "missing"
        na_filter=False,
        encoding=resource.get("encoding", "utf-8"),
    )
    declared = [f["name"] for f in fields]
    if list(raw.columns) != declared:
        problems.add("tables", "%s: header %r differs from the declared fields %r" % (resource["name"], list(raw.columns), declared))
        return None
    missing_values = set(schema.get("missingValues", [""]))
    if missing_values != {""}:
        raw = raw.replace({v: "" for v in missing_values})
    return pd.DataFrame({f["name"]: convert_column(raw[f["name"]], f, problems, resource["name"]) for f in fields})


def parquet_engine():
    for engine in ("pyarrow", "fastparquet"):
        try:
            __import__(engine)
            return engine
        except ImportError:
            pass
    return None


def check_parquet(out_dir, resource, tables, problems):
    """One Parquet resource against its CSV twin. Returns the rows checked."""
    path = os.path.join(out_dir, resource["path"])
    if not os.path.exists(path):
        problems.add("parquet", "%s: file %s missing" % (resource["name"], resource["path"]))
        return 0
    df = pd.read_parquet(path)
    declared = [f["name"] for f in resource["schema"]["fields"]]
    if list(df.columns) != declared:
        problems.add("parquet", "%s: columns %r differ from the declared fields %r" % (resource["name"], list(df.columns), declared))
        return 0
    for f in resource["schema"]["fields"]:
        col = df[f["name"]].dropna()
        if f["name"].endswith("_id") and len(col) and not all(isinstance(v, str) for v in col):
            problems.add("parquet", "%s.%s: ids are not all strings" % (resource["name"], f["name"]))
        if f["type"] == "datetime" and str(df[f["name"]].dtype).find("datetime64") != 0:
            problems.add("parquet", "%s.%s: dtype %s, expected a timestamp" % (resource["name"], f["name"], df[f["name"]].dtype))
        allowed = f.get("constraints", {}).get("enum")
        if allowed and not col.isin(allowed).all():
            problems.add("parquet", "%s.%s: values outside the enum %s: %r" % (resource["name"], f["name"], allowed, col[~col.isin(allowed)].head(3).tolist()))
    twin = tables.get(resource["name"][: -len("-parquet")]) if resource["name"].endswith("-parquet") else None
    if twin is not None:
        if len(twin) != len(df):
            problems.add("parquet", "%s: %d rows, the CSV %d" % (resource["name"], len(df), len(twin)))
        elif "article_id" in df.columns and list(df["article_id"]) != list(twin["article_id"]):
            problems.add("parquet", "%s: article_id differs from the CSV's" % resource["name"])
        else:
            for f in resource["schema"]["fields"]:
                if f["type"] == "datetime" and f["name"] in twin.columns:
                    # The CSV keeps the ISO 8601 string; the Parquet timestamp is the UTC instant it starts
                    # at (no offset: read as UTC), to the millisecond (README, Parquet).
                    iso = twin[f["name"]]
                    try:
                        expected = pd.to_datetime(iso, utc=True, format="ISO8601")
                    except ValueError:  # pandas < 2 has no format="ISO8601" and parses ISO 8601 as such
                        expected = pd.to_datetime(iso, utc=True)
                    expected = expected.dt.floor("ms")
                    got = pd.to_datetime(df[f["name"]], utc=True)
                    differ = ~((expected == got) | (expected.isna() & got.isna()))
                    if differ.any():
                        problems.add("parquet", "%s.%s: timestamps differ from the CSV's ISO 8601 strings, e.g. %r"
                                     % (resource["name"], f["name"], list(zip(iso[differ].head(2), got[differ].head(2).astype(str)))))
    return len(df)


def check_keys(tables, resources, problems):
    for res in resources:
        name = res["name"]
        df = tables.get(name)
        if df is None:
            continue
        pk = res["schema"].get("primaryKey")
        if pk:
            pk = [pk] if isinstance(pk, str) else pk
            dup = df.duplicated(subset=pk, keep=False)
            if dup.any():
                problems.add("primary keys", "%s %s: %d rows share a key, e.g. %r"
                             % (name, pk, int(dup.sum()), df.loc[dup, pk].head(3).values.tolist()))
            nulls = df[pk].isna().any(axis=1)
            if nulls.any():
                problems.add("primary keys", "%s %s: %d rows with an empty key" % (name, pk, int(nulls.sum())))
        for fk in res["schema"].get("foreignKeys", []):
            fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            ref = fk["reference"]
            ref_fields = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
            target = tables.get(ref["resource"] or name)
            if target is None:
                problems.add("foreign keys", "%s %s: referenced table %s not loaded" % (name, fields, ref["resource"]))
                continue
            keys = set(map(tuple, target[ref_fields].dropna().astype(str).values.tolist()))
            values = df[fields].dropna()  # a null foreign key (an ambiguous mention's entity_id) refers to nothing
            unresolved = [v for v in map(tuple, values.astype(str).values.tolist()) if v not in keys]
            if unresolved:
                problems.add("foreign keys", "%s %s -> %s %s: %d values do not resolve, e.g. %r"
                             % (name, fields, ref["resource"], ref_fields, len(unresolved), unresolved[:3]))


SPAN_KINDS = ("paragraphs", "sentences", "mentions", "dates")
TABLE_NAMES = ("articles",) + SPAN_KINDS + ("entities", "removed", "rejects")


def check_spans_jsonl(articles, problems):
    """Every nested span of every JSONL record: text[start:end] == surface."""
    checked = 0
    for a in articles:
        text = a["text"]
        for kind in SPAN_KINDS:
            for i, s in enumerate(a.get(kind, [])):
                checked += 1
                start, end = s["start"], s["end"]
                if not (0 <= start <= end <= len(text)):
                    problems.add("offsets", "articles.jsonl %s %s[%d]: span %d-%d outside the text (%d code points)"
                                 % (a["article_id"], kind, i, start, end, len(text)))
                elif text[start:end] != s["text"]:
                    problems.add("offsets", "articles.jsonl %s %s[%d]: text[%d:%d] = %r, surface %r"
                                 % (a["article_id"], kind, i, start, end, text[start:end], s["text"]))
    return checked


# The month and day of an ISO 8601 value or a TIMEX3 value that names them ("2017-01-24T10:00", "XXXX-04-30",
# "2017-02"): weeks, seasons, quarters, durations and PRESENT_REF have none.
MONTH_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?(?![\dW])")
CLOCK = re.compile(r"T(\d{2}):(\d{2})(?::(\d{2}))?")


def calendar_error(value):
    """Why an ISO 8601 / TIMEX3 value names no day or time of the calendar ("2017-02-30", "2017-13", "T25:00"), or None."""
    m = MONTH_DAY.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return "month %d" % month
    if day is not None:
        leap_year = 2000 if year == "XXXX" else int(year)  # an unknown year may be a leap year
        days = calendar.monthrange(leap_year, month)[1] if leap_year > 0 else 29 if month == 2 else calendar.monthrange(2000, month)[1]
        if not 1 <= int(day) <= days:
            return "day %s of a month with %d days" % (day, days)
    clock = CLOCK.search(value, m.end())
    if clock is not None:
        hour, minute, second = int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0)
        # T24:00 is ISO 8601's and TIMEX3's midnight at the end of a day ("at midnight"), nothing later
        if hour > 24 or minute > 59 or second > 59 or hour == 24 and (minute or second):
            return "time %s" % clock.group(0)[1:]
    return None


def check_calendar(articles, problems):
    """published, modified, and every date's value and range bounds name a real day (a notebook's to_datetime
    reads them): the patterns of the schemas admit "2017-02-30"."""
    checked = 0
    for a in articles:
        values = [("published", a.get("published")), ("modified", a.get("modified"))]
        for i, d in enumerate(a.get("dates", [])):
            values += [("dates[%d].%s" % (i, k), d.get(k)) for k in ("value", "range_start", "range_end")]
        for where, value in values:
            if value is None:
                continue
            checked += 1
            why = calendar_error(value)
            if why:
                problems.add("calendar", "%s %s: %r is no calendar day or time (%s)" % (a["article_id"], where, value, why))
    return checked


def check_spans_tables(articles_by_id, tables, problems, ext, guard):
    """The CSV span tables against the JSONL texts (so the CSV offsets are right too)."""
    checked = 0
    for kind in SPAN_KINDS:
        df = tables.get(kind)
        if df is None:
            continue
        for row in df[["article_id", "start", "end", "text"]].itertuples(index=False):
            checked += 1
            a = articles_by_id.get(row.article_id)
            if a is None:
                continue  # reported by the foreign-key check
            text = a["text"]
            start, end = int(row.start), int(row.end)
            if not same_cell(row.text, text[start:end], guard):
                problems.add("offsets", "tables/%s.%s %s: text[%d:%d] = %r, surface %r"
                             % (kind, ext, row.article_id, start, end, text[start:end], row.text))
    return checked


def check_articles_match(articles_by_id, tables, problems, guard):
    df = tables.get("articles")
    if df is None:
        return
    csv_ids = set(df["article_id"])
    json_ids = set(articles_by_id)
    if csv_ids != json_ids:
        problems.add("articles", "tables/articles.csv and articles.jsonl differ: %d only in CSV, %d only in JSONL"
                     % (len(csv_ids - json_ids), len(json_ids - csv_ids)))
    for row in df.to_dict("records"):
        a = articles_by_id.get(row["article_id"])
        if a is None:
            continue
        for column, cell in row.items():
            if column not in a:
                continue  # the counts columns: checked against the span tables below
            value = a[column]
            same = same_cell(cell, value, guard) if value is None or isinstance(value, str) else (not pd.isna(cell) and cell == value)
            if not same:
                problems.add("articles", "%s: %s in tables/articles.csv (%r) differs from the record's (%r)" % (row["article_id"], column, cell, value))
    for kind in SPAN_KINDS:
        t = tables.get(kind)
        if t is None:
            continue
        n_json = sum(len(a.get(kind, [])) for a in articles_by_id.values())
        if len(t) != n_json:
            problems.add("articles", "tables/%s.csv has %d rows, articles.jsonl %d %s" % (kind, len(t), n_json, kind))


def schema_errors(value, schema, where="$"):
    """Where `value` breaks `schema`: the JSON Schema keywords zod's toJSONSchema writes
    (type, const, enum, pattern, minimum, maximum, anyOf, properties, required,
    additionalProperties, propertyNames, items). Returns a list of messages."""
    if "anyOf" in schema:
        if all(schema_errors(value, alt, where) for alt in schema["anyOf"]):
            return ["%s: %r fits none of anyOf" % (where, value)]
        return []
    kinds = {"string": str, "object": dict, "array": list, "boolean": bool, "null": type(None)}
    t = schema.get("type")

    def fits(kind):
        if kind in ("integer", "number"):
            return isinstance(value, (int, float)) and not isinstance(value, bool) and (kind == "number" or float(value).is_integer())
        return isinstance(value, kinds[kind])
    if t is not None and not any(fits(kind) for kind in (t if isinstance(t, list) else [t])):
        return ["%s: %r is not of type %s" % (where, value, t)]
    errors = []
    if "const" in schema and value != schema["const"]:
        errors.append("%s: %r is not %r" % (where, value, schema["const"]))
    if "enum" in schema and value not in schema["enum"]:
        errors.append("%s: %r is not one of %r" % (where, value, schema["enum"]))
    if "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append("%s: %r does not match %s" % (where, value, schema["pattern"]))
    if "minimum" in schema and value < schema["minimum"] or "maximum" in schema and value > schema["maximum"]:
        errors.append("%s: %r out of range" % (where, value))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += ["%s: %s missing" % (where, k) for k in schema.get("required", []) if k not in value]
        extra = schema.get("additionalProperties", True)
        for k, v in value.items():
            if k in props:
                errors += schema_errors(v, props[k], "%s.%s" % (where, k))
            elif extra is False:
                errors.append("%s: unexpected key %s" % (where, k))
            elif isinstance(extra, dict):
                errors += schema_errors(v, extra, "%s.%s" % (where, k))
            if "propertyNames" in schema:
                errors += schema_errors(k, schema["propertyNames"], "%s key" % where)
    if isinstance(value, list) and "items" in schema:
        for n, v in enumerate(value):
            errors += schema_errors(v, schema["items"], "%s[%d]" % (where, n))
    return errors


def check_schema(out_dir, name, values, label, problems):
    """Every value against OUT_DIR/schemas/<name>, when the run wrote it."""
    path = os.path.join(out_dir, "schemas", name)
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    for n, value in enumerate(values):
        for e in schema_errors(value, schema)[:3]:
            problems.add("json schema", "%s %s: %s" % (label, value.get("article_id", n) if isinstance(value, dict) else n, e))


def load_records(out_dir, problems, unchecked):
    """The article records: articles.jsonl, else articles.yaml; None when the run wrote neither.
    When both are there, the YAML must hold the same records (without PyYAML, said in `unchecked`)."""
    jsonl, yml = os.path.join(out_dir, "articles.jsonl"), os.path.join(out_dir, "articles.yaml")
    records = None
    if os.path.exists(jsonl):
        records = []
        with open(jsonl, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except ValueError as err:
                        problems.add("articles", "articles.jsonl line %d: not JSON (%s)" % (n, err))
    if os.path.exists(yml):
        try:
            import yaml
        except ImportError:
            unchecked.append("articles.yaml: PyYAML is not installed (apt-get install python3-yaml), so it was not %s"
                             % ("read" if records is None else "compared with articles.jsonl"))
            return records
        with open(yml, encoding="utf-8") as f:
            # safe_load's rules (YAML 1.1: "no" or 2017-01-24 unquoted would change type), in C when built with libyaml
            from_yaml = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if records is None:
            records = from_yaml
        elif from_yaml != records:
            diff = next((i for i, (a, b) in enumerate(zip(from_yaml or [], records)) if a != b), min(len(from_yaml or []), len(records)))
            problems.add("articles", "articles.yaml (yaml.safe_load) differs from articles.jsonl from record %d on" % diff)
    return records


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def output_files(out_dir):
    """Every file of the folder but manifest.json and dot-files, by POSIX path (as manifest.outputs lists them)."""
    found = []
    for folder, dirs, files in os.walk(out_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.relpath(os.path.join(folder, name), out_dir).replace(os.sep, "/")
            if not name.startswith(".") and path != "manifest.json":
                found.append(path)
    return sorted(found)


def check_manifest(out_dir, manifest, records, tables, cell_value, problems):
    """Input accounting, counts and output hashes of manifest.json against the files.
    cell_value: a table cell's value (the CSV formula guard undone)."""
    counts, inputs = manifest.get("counts", {}), manifest.get("inputs", [])
    by_status = {}
    for row in inputs:
        by_status[row["status"]] = by_status.get(row["status"], 0) + 1
        if row["status"] == "skipped" and not row.get("reason"):
            problems.add("manifest", "%s: skipped without a reason" % row["input"])
    if counts.get("inputs") != len(inputs) or counts.get("inputs") != sum(counts.get(k, 0) for k in ("processed", "rejected", "skipped")):
        problems.add("manifest", "counts.inputs %s != %d input rows, or != processed + rejected + skipped" % (counts.get("inputs"), len(inputs)))
    for status in ("processed", "rejected", "skipped"):
        if counts.get(status) != by_status.get(status, 0):
            problems.add("manifest", "counts.%s %s, but %d input rows have that status" % (status, counts.get(status), by_status.get(status, 0)))
    names = {row["input"]: row for row in inputs}
    rejects = tables.get("rejects")
    if rejects is not None:
        explained = set(rejects["input"].map(cell_value))  # a file named "-x.txt" is "'-x.txt" in the CSV
        for row in inputs:
            if row["status"] == "rejected" and row["input"] not in explained:
                problems.add("manifest", "%s: rejected, but no row of tables/rejects.csv says why" % row["input"])
        for name in sorted(explained - set(names)):
            problems.add("manifest", "tables/rejects.csv names %r, which is not an input of manifest.json" % name)
    removed = tables.get("removed")
    if removed is not None:
        # a file rejected after cleaning (no article text left) keeps its audit rows
        read = {n for n, row in names.items() if row["status"] != "skipped"}
        for name in sorted(set(removed["source"].map(cell_value)) - read):
            problems.add("manifest", "tables/removed.csv names %r, which is not an input read in manifest.json" % name)
    if records is not None:
        per_source = {}
        for a in records:
            per_source[a["source"]] = per_source.get(a["source"], 0) + 1
        for source, n in sorted(per_source.items()):
            row = names.get(source)
            if row is None or row["status"] != "processed" or row["articles"] != n:
                problems.add("manifest", "%s: %d articles, manifest says %s" % (source, n, "nothing" if row is None else "%s with %d" % (row["status"], row["articles"])))
    sizes = {"articles": len(records) if records is not None else None}
    for key in ("mentions", "entities", "dates", "removed", "rejects"):
        t = tables.get(key)
        sizes[key] = len(t) if t is not None else None
    for key, n in sizes.items():
        if n is not None and counts.get(key) != n:
            problems.add("manifest", "counts.%s %s, the outputs hold %d" % (key, counts.get(key), n))
    listed = manifest.get("outputs")
    if listed is not None:
        present = output_files(out_dir)
        for path in sorted(set(listed) - set(present)):
            problems.add("manifest", "outputs lists %s, which is missing" % path)
        for path in sorted(set(present) - set(listed)):
            problems.add("manifest", "%s is in the folder but not in manifest.json's outputs (added since the run?)" % path)
        for path in sorted(set(listed) & set(present)):
            if sha256_of(os.path.join(out_dir, path)) != listed[path]:
                problems.add("manifest", "%s: SHA-256 differs from manifest.json's outputs (changed since the run)" % path)


def check_readme(out_dir, problems):
    """The folder's README.md names only files that exist (`tables/x.csv`, `articles.parquet`, ...)."""
    path = os.path.join(out_dir, "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        named = re.findall(r"^- `([^`*]+\.[a-z]+)`", f.read(), re.M)
    for name in named:
        if not os.path.exists(os.path.join(out_dir, name)):
            problems.add("readme", "README.md describes %s, which the run did not write" % name)



def main(argv):
    out_dir = argv[1] if len(argv) > 1 else "out"
    if len(argv) > 2 or out_dir in ("-h", "--help"):
        sys.stdout.write(__doc__)
        return 0 if out_dir in ("-h", "--help") else 2
    dp_path = os.path.join(out_dir, "datapackage.json")
    manifest_path = os.path.join(out_dir, "manifest.json")
    if os.path.exists(os.path.join(out_dir, "partial.json")) and not os.path.exists(manifest_path):
        sys.stderr.write("check_outputs: %s is one shard's partial output (--shard I/N), not a dataset: merge the shards "
                         "first (npm run pipeline -- merge --out OUT PART...), then check OUT\n" % out_dir)
        return 2
    if not os.path.exists(dp_path) and not os.path.exists(manifest_path):
        sys.stderr.write("check_outputs: %s: neither manifest.json nor datapackage.json found "
                         "(run the pipeline first: npm run pipeline)\n" % out_dir)
        return 2
    package = {}
    if os.path.exists(dp_path):  # absent when the run wrote no table (--format jsonl or yaml)
        with open(dp_path, encoding="utf-8") as f:
            package = json.load(f)
    resources = package.get("resources", [])
    problems = Problems()
    if package.get("profile") == "tabular-data-package":  # Frictionless v1: then every resource is tabular
        for res in resources:
            if res.get("profile") != "tabular-data-resource":
                problems.add("data package", "a tabular-data-package, but resource %s is a %s" % (res["name"], res.get("profile", "data-resource")))

    tables = {}
    unchecked = []  # what this Python could not check (no Parquet engine, no PyYAML): said after OK
    parquet = [res for res in resources if res.get("format") == "parquet"]
    resources = [res for res in resources if res.get("format") != "parquet"]
    # Whether the CSV text cells carry the formula guard: every CSV resource says it (a folder written
    # before the field existed was guarded unless --no-csv-guard, which it cannot tell: guarded assumed).
    guards = {res.get("formulaGuard", True) for res in resources}
    if len(guards) > 1:
        problems.add("data package", "the CSV resources disagree on formulaGuard")
    for res in resources:
        df = load_table(out_dir, res, problems)
        if df is not None:
            tables[res["name"]] = df
    check_keys(tables, resources, problems)
    engine = parquet_engine() if parquet else None
    # Parquet tables alone (--format parquet): their keys, and their spans below, are checked as the CSV's would be.
    from_parquet = not resources and engine is not None
    if from_parquet:
        tables_pq = {res["name"]: pd.read_parquet(os.path.join(out_dir, res["path"])) for res in parquet}
        check_keys(tables_pq, parquet, problems)
        tables = {name[: -len("-parquet")]: df for name, df in tables_pq.items() if name in {t + "-parquet" for t in TABLE_NAMES}}
    guard = not from_parquet and True in guards  # Parquet cells carry no formula guard
    cell_value = unguard if guard else (lambda v: v)

    # The records of articles.jsonl or articles.yaml; with neither (--format csv), the texts of
    # the articles table, so that the span tables are still checked against their article's text.
    articles = load_records(out_dir, problems, unchecked)
    source = next((name for name in ("articles.jsonl", "articles.yaml") if os.path.exists(os.path.join(out_dir, name))), "no record file")
    if articles is None and "articles" in tables:
        source = "tables/articles." + ("parquet" if from_parquet else "csv")
        by_id = {row.article_id: {"article_id": row.article_id, "text": cell_value(row.text)} for row in tables["articles"].itertuples()}
    else:
        by_id = {a["article_id"]: a for a in articles or []}
        if len(by_id) != len(articles or []):
            problems.add("articles", "%s: %d duplicate article_id" % (source, len(articles) - len(by_id)))
        check_schema(out_dir, "article.schema.json", articles or [], source, problems)
    spans = check_spans_jsonl(articles or [], problems)
    dates_checked = check_calendar(articles or [], problems)
    spans_csv = check_spans_tables(by_id, tables, problems, "parquet" if from_parquet else "csv", guard)
    if articles is not None:
        check_articles_match(by_id, tables, problems, guard)
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
        check_schema(out_dir, "manifest.schema.json", [manifest], "manifest.json", problems)
        check_manifest(out_dir, manifest, articles, tables, cell_value, problems)
    check_readme(out_dir, problems)
    parquet_rows = sum(check_parquet(out_dir, res, {} if from_parquet else tables, problems) for res in parquet) if engine else 0

    if parquet and not engine:
        unchecked.append("%d Parquet files: no Parquet engine for Python here (pyarrow or fastparquet; Debian bookworm "
                         "packages neither), so their columns and types%s were not read" % (
                             len(parquet), ", and the keys and spans of the tables (the run wrote no CSV)" if not resources else ""))

    rows = sum(len(df) for df in tables.values())
    not_checked = "".join("check_outputs: NOT checked: %s\n" % what for what in unchecked)
    if problems.count():
        problems.report(sys.stderr)
        sys.stderr.write("check_outputs: FAILED, %d problems in %s\n" % (problems.count(), out_dir))
        sys.stdout.write(not_checked)
        return 1
    checked = ["%d tables (%d rows) typed as declared, keys unique and resolved" % (len(tables), rows)] if tables else []
    if articles is not None or tables:
        checked.append("%d spans in %s and %d in the tables match text[start:end]" % (spans, source, spans_csv))
    if dates_checked:
        checked.append("%d dates and date bounds are calendar days" % dates_checked)
    if os.path.exists(manifest_path):
        checked.append("manifest.json's inputs, counts and output hashes agree with the files")
    sys.stdout.write("check_outputs: OK, %s\n" % ", ".join(checked))
    if parquet and engine:
        sys.stdout.write("check_outputs: %d Parquet files read with %s: %d rows, columns as declared, ids strings\n" % (len(parquet), engine, parquet_rows))
    sys.stdout.write(not_checked)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
