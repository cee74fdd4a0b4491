// Writes the JSON Schema of the config file (schema/reportlintrc.schema.json) from the built rule
// registry. Run `npm run build` first (or `npm run docs`, which builds). test/config/schema.test.ts
// fails when the committed schema is out of date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { rules, configSchema, CONFIG_SCHEMA_PATH } from "../dist/index.js";

const text = JSON.stringify(configSchema(rules), null, 2) + "\n";
let before = null;
try {
  before = readFileSync(CONFIG_SCHEMA_PATH, "utf8");
} catch {
  // not written yet
}
if (before !== text) {
  mkdirSync(dirname(CONFIG_SCHEMA_PATH), { recursive: true });
  writeFileSync(CONFIG_SCHEMA_PATH, text);
  console.log(`updated ${CONFIG_SCHEMA_PATH}`);
}
