/**
 * Opens a rendered report in headless Chromium and checks that its script ran
 * without errors and that hostile text did not become markup. Needs Debian's
 * `chromium` package (/usr/bin/chromium, .ci/run installs it); without the
 * binary the test is skipped and says why. BROADSHEET_CHROMIUM overrides the path.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderReport } from "../write/report.ts";
import { hostileReport } from "./report-fixture.ts";

const CHROMIUM = process.env.BROADSHEET_CHROMIUM ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`report-chromium: ${CHROMIUM} not found, headless-browser check SKIPPED (install it with: apt-get install -y chromium)`);
}

function dumpDom(htmlPath: string): Promise<{ dom: string; log: string }> {
  const profile = mkdtempSync(join(tmpdir(), "bs-chromium-profile-"));
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
    "--enable-logging=stderr",
    "--v=0",
    "--dump-dom",
    pathToFileURL(htmlPath).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (err) reject(new Error(`chromium failed: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve({ dom: stdout, log: stderr });
    });
  });
}

/** Render the page to a PNG with headless Chromium (--screenshot). */
function screenshot(htmlPath: string, pngPath: string, width: number, height: number): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), "bs-chromium-profile-"));
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    `--user-data-dir=${profile}`,
    `--window-size=${width},${height}`,
    `--screenshot=${pngPath}`,
    pathToFileURL(htmlPath).href,
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 90_000 }, (err, _stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (err) reject(new Error(`chromium failed: ${err.message}\n${stderr.slice(-2000)}`));
      else resolve();
    });
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(!available)(`report.html in headless Chromium (${CHROMIUM})`, () => {
  it("renders to a screenshot of the page as laid out (kept in BROADSHEET_SCREENSHOT_DIR when set)", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-report-shot-"));
    const html = join(dir, "report.html");
    const png = join(process.env.BROADSHEET_SCREENSHOT_DIR ?? dir, "report.png");
    writeFileSync(html, renderReport(hostileReport()));
    await screenshot(html, png, 1100, 2400);
    const bytes = readFileSync(png);
    expect(pngSize(bytes)).toEqual({ width: 1100, height: 2400 });
    // A blank or unstyled page compresses to a few kilobytes; the cards, tables and charts do not.
    expect(bytes.length).toBeGreaterThan(40_000);
    rmSync(dir, { recursive: true, force: true });
  });


  it("runs its script without errors and keeps hostile text as text", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "bs-report-"));
    const path = join(dir, "report.html");
    writeFileSync(path, renderReport(hostileReport()));
    const { dom, log } = await dumpDom(path);
    rmSync(dir, { recursive: true, force: true });

    const status = /<output id="report-status"([^>]*)>/.exec(dom);
    expect(status, "the report-status marker is in the rendered DOM").not.toBeNull();
    const errors = /data-errors="([^"]*)"/.exec(status![1])?.[1];
    expect(errors, "script errors caught by the page").toBe("");
    expect(status![1], "the page script finished").toContain('data-ok="true"');

    // Console messages (uncaught errors, CSP violations) are logged as INFO:CONSOLE lines.
    const consoleLines = log.split("\n").filter((l) => l.includes(":CONSOLE"));
    expect(consoleLines, "browser console messages").toEqual([]);

    // Hostile strings stayed text: only the report's own script and no injected elements in the live DOM.
    expect(dom.match(/<script/g)).toHaveLength(1);
    expect(dom).not.toMatch(/<img|<svg onload|<style>body/i);
    expect(dom).toContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
  });
});
