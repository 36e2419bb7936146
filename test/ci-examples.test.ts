/**
 * The CI and Kubernetes examples work as written: checked structurally (they
 * cannot run here), for the mistakes that made earlier versions wrong.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";

const root = join(import.meta.dirname, "..");
const load = (p: string) => readFileSync(join(root, p), "utf8");
type Step = { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; strategy?: { matrix?: Record<string, unknown> }; steps: Step[]; outputs?: Record<string, string> };

describe(".github/workflows/sharded.yml", () => {
  const wf = YAML.parse(load(".github/workflows/sharded.yml")) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } }; jobs: Record<string, Job> };
  const text = load(".github/workflows/sharded.yml");

  it("builds its matrix from the shards input, and passes the count to --shard", () => {
    expect(wf.on.workflow_dispatch.inputs.shards).toBeDefined();
    expect(String(wf.jobs.shard.strategy?.matrix?.index)).toContain("needs.plan.outputs.indexes");
    const plan = wf.jobs.plan.steps.map((s) => `${JSON.stringify(s.env ?? {})} ${s.run ?? ""}`).join("\n");
    expect(plan).toContain("inputs.shards");
    const shardRun = wf.jobs.shard.steps.find((s) => s.run?.includes("--shard"))!;
    expect(shardRun.run).toContain('--shard "$INDEX/$COUNT"');
    expect(shardRun.env?.COUNT).toContain("needs.plan.outputs.count");
    // No shard count written into the file.
    expect(text).not.toMatch(/--shard [^\n]*\/3\b|parts\/part-2/);
  });

  it("the plan step turns a count into the JSON list of indexes, and refuses a bad count", () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-plan-"));
    const plan = (shards: string): { code: number; out: string } => {
      const out = join(dir, `out-${shards || "empty"}`);
      writeFileSync(out, "");
      const r = spawnSync("bash", ["-e", "-c", wf.jobs.plan.steps[0].run!], { env: { ...process.env, SHARDS: shards, GITHUB_OUTPUT: out } });
      return { code: r.status ?? -1, out: readFileSync(out, "utf8") };
    };
    const three = plan("3");
    expect(three.code).toBe(0);
    expect(three.out).toContain("count=3\n");
    expect(JSON.parse(/indexes=(.*)/.exec(three.out)![1])).toEqual([0, 1, 2]);
    expect(JSON.parse(/indexes=(.*)/.exec(plan("1").out)![1])).toEqual([0]);
    for (const bad of ["0", "65", "two", ""]) expect(plan(bad).code, bad).not.toBe(0);
  });

  it("merges every downloaded partial", () => {
    const merge = wf.jobs.merge.steps.find((s) => s.run?.includes(" merge "))!;
    expect(merge.run).toContain("parts/part-*");
  });
});

describe(".github/workflows/pipeline.yml", () => {
  const text = load(".github/workflows/pipeline.yml");
  const wf = YAML.parse(text) as { permissions: Record<string, string>; jobs: Record<string, Job & { permissions?: Record<string, string> }> };
  const steps = wf.jobs.pipeline.steps;

  it("says where the inputs come from and runs on them", () => {
    const fetch = steps.find((s) => s.run?.includes("BROADSHEET_INPUTS_URL") || s.env?.INPUTS_URL)!;
    expect(fetch).toBeDefined();
    expect(steps.find((s) => s.run?.includes('--in "$INPUT_DIR"'))).toBeDefined();
  });

  it("publishes out/ as an artifact and commits nothing", () => {
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with?.path).toBe("out/");
    expect(text).not.toMatch(/git (commit|push)/);
    expect(wf.jobs.pipeline.permissions?.contents ?? wf.permissions.contents).toBe("read");
  });
});

describe("examples/k8s-indexed-job.yaml", () => {
  const docs = YAML.parseAllDocuments(load("examples/k8s-indexed-job.yaml")).map((d) => d.toJS()) as {
    metadata: { name: string };
    spec: { completionMode?: string; template: { spec: { containers: { command: string[]; args?: string[] }[]; initContainers?: unknown[] } } };
  }[];
  const byName = Object.fromEntries(docs.map((d) => [d.metadata.name, d]));
  const commandOf = (name: string) => byName[name].spec.template.spec.containers.map((c) => [...c.command, ...(c.args ?? [])].join(" ")).join("\n");

  it("installs once, in its own Job", () => {
    expect(commandOf("broadsheet-install")).toContain("npm ci");
  });

  it("does not install in the shard or merge pods", () => {
    for (const name of ["broadsheet-shards", "broadsheet-merge"]) expect(commandOf(name)).not.toMatch(/npm (ci|install)/);
    expect(byName["broadsheet-shards"].spec.template.spec.initContainers).toHaveLength(1);
  });

  it("gives each pod its shard from JOB_COMPLETION_INDEX", () => {
    expect(byName["broadsheet-shards"].spec.completionMode).toBe("Indexed");
    expect(commandOf("broadsheet-shards")).toContain("--shard=$(JOB_COMPLETION_INDEX)/3");
  });
});
