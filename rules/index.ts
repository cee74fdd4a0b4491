// The explicit registry: every rule reportlint knows, in the order they are documented.
// Adding a rule is one file in rules/ plus one line here.
import type { Rule } from "../src/core/types.js";
import { requiredSections } from "./required-sections.js";
import { foreignPlaceName } from "./foreign-place-name.js";
import { templatePlaceholder } from "./template-placeholder.js";
import { webPageResidue } from "./web-page-residue.js";
import { strayLatin } from "./stray-latin.js";
import { duplicatePhrase } from "./duplicate-phrase.js";
import { yearConsistency } from "./year-consistency.js";
import { regulationCitation } from "./regulation-citation.js";
import { contactInfo } from "./contact-info.js";

export const rules: readonly Rule[] = [
  requiredSections,
  foreignPlaceName,
  templatePlaceholder,
  webPageResidue,
  strayLatin,
  duplicatePhrase,
  yearConsistency,
  regulationCitation,
  contactInfo,
];
