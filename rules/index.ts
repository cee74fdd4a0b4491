// The explicit registry: every rule reportlint knows, in the order they are documented.
// Adding a rule is one file in rules/ plus one line here.
import type { Rule } from "../src/core/types.js";
import { requiredSections } from "./required-sections.js";
import { sectionOrder } from "./section-order.js";
import { sectionHeading } from "./section-heading.js";
import { noEmptySection } from "./no-empty-section.js";
import { reportTitle } from "./report-title.js";
import { formatVersion } from "./format-version.js";
import { reportYear } from "./report-year.js";
import { tableStructure } from "./table-structure.js";
import { tableLabelVariant } from "./table-label-variant.js";
import { tableLayoutVariant } from "./table-layout-variant.js";
import { tableArithmetic } from "./table-arithmetic.js";
import { numericCell } from "./numeric-cell.js";
import { cellValue } from "./cell-value.js";
import { noContradiction } from "./no-contradiction.js";
import { textTableConsistency } from "./text-table-consistency.js";
import { foreignPlaceName } from "./foreign-place-name.js";
import { unfilledTemplate } from "./unfilled-template.js";
import { templatePlaceholder } from "./template-placeholder.js";
import { webPageResidue } from "./web-page-residue.js";
import { strayLatin } from "./stray-latin.js";
import { duplicatePhrase } from "./duplicate-phrase.js";
import { yearConsistency } from "./year-consistency.js";
import { regulationCitation } from "./regulation-citation.js";
import { citationForm } from "./citation-form.js";
import { contactInfo } from "./contact-info.js";
import { carryoverConsistency } from "./carryover-consistency.js";
import { validDocumentsContinuity } from "./valid-documents-continuity.js";
import { copiedPreviousReport } from "./copied-previous-report.js";
import { controlCharacters } from "./control-characters.js";

export const rules: readonly Rule[] = [
  requiredSections,
  sectionOrder,
  sectionHeading,
  noEmptySection,
  reportTitle,
  formatVersion,
  reportYear,
  tableStructure,
  tableLabelVariant,
  tableLayoutVariant,
  tableArithmetic,
  numericCell,
  cellValue,
  noContradiction,
  textTableConsistency,
  foreignPlaceName,
  unfilledTemplate,
  templatePlaceholder,
  webPageResidue,
  strayLatin,
  duplicatePhrase,
  yearConsistency,
  regulationCitation,
  citationForm,
  contactInfo,
  carryoverConsistency,
  validDocumentsContinuity,
  copiedPreviousReport,
  controlCharacters,
];
