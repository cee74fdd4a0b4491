// Linearity as a property of every rule and of the report model: each one, fed a report whose body
// is one long run of adversarial tokens (the characters and words the patterns look for, alone and
// in pairs), must not take much more than ten times as long on ten times the text. A rescan from
// every start of a run, or a message quoting the whole run, makes the growth 100× or more.
// `npm test` runs a quick pass (2,000 → 20,000 characters, pairs of a core set of tokens);
// `npm run fuzz` (FUZZ_RUNS set) runs every pair of tokens at 10,000 → 100,000 characters.
import { describe, it, expect } from "vitest";
import { describeGrowth, excessiveGrowth, quickPairTokens, tokens, units } from "./scaling.js";

const thorough = Number(process.env.FUZZ_RUNS) > 0;
const size = thorough ? 10_000 : 2_000;
// Growth allowed from n to 10n characters: linear is about 10×; quadratic is about 100×.
const LIMIT = 15;
// Below this many milliseconds a time is noise (timer resolution, a collection, a cache that a
// 10,000-character run still fits), not growth.
const FLOOR_MS = thorough ? 10 : 5;

describe("every rule and the report model stay linear in the length of a hostile run", () => {
  it(`grows at most ×${LIMIT} from ${size} to ${size * 10} characters`, () => {
    const found = excessiveGrowth(size, FLOOR_MS, LIMIT, units(thorough ? tokens : quickPairTokens));
    expect(found.map(describeGrowth)).toEqual([]);
  }, 0);
});
