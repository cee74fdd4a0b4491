// The explicit registry: every rule reportlint knows, in the order they are documented.
// Adding a rule is one file in rules/ plus one line here.
import type { Rule } from "../src/core/types.js";
import { requiredSections } from "./required-sections.js";
import { foreignPlaceName } from "./foreign-place-name.js";

export const rules: readonly Rule[] = [requiredSections, foreignPlaceName];
