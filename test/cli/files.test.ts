import { describe, it, expect, afterAll } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expandPaths } from "../../src/cli/files.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("expandPaths: a file name that is not UTF-8", () => {
  it("is reported with a clear reason (not 'no such file'), and the other files are still listed", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "rl-files-")));
    dirs.push(dir);
    // 报告 in GBK: B1 A8 B8 E6 — not UTF-8.
    const gbkName = Buffer.concat([Buffer.from(dir + "/"), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from(".txt")]);
    try {
      fs.writeFileSync(gbkName, "一、总体情况\n");
    } catch {
      return; // a file system that refuses such names (macOS) cannot have the problem
    }
    fs.writeFileSync(path.join(dir, "good.txt"), "一、总体情况\n");
    const { files, problems } = await expandPaths([dir], dir);
    expect(files.map((f) => path.basename(f.path))).toEqual(["good.txt"]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.en).toMatch(/not valid UTF-8/);
    expect(problems[0].message.zh).toMatch(/不是有效的 UTF-8/);
    // Named on the command line (as the shell would pass it, decoded by Node), the same reason.
    const named = await expandPaths([path.join(dir, "\ufffd\ufffd\ufffd\ufffd.txt")], dir);
    expect(named.problems[0].message.en).toMatch(/not valid UTF-8/);
  });
});
