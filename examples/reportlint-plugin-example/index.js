// reportlint-plugin-example: rules a province adds to the national format, and a config that
// turns them on. Used as `"plugins": ["example"]` and `"extends": ["plugin:example/recommended"]`.
import { otherDocumentsRow } from "./rules/other-documents-row.js";

const plugin = {
  meta: { name: "reportlint-plugin-example", version: "0.1.0" },
  rules: {
    "other-documents-row": otherDocumentsRow,
  },
  configs: {
    recommended: {
      extends: ["reportlint:recommended"],
      plugins: ["example"],
      rules: {
        "example/other-documents-row": "warn",
        // The province's template adds rows to table 二: not a departure from the format here.
        "table-layout-variant": ["warn", { allowExtraRows: true }],
      },
    },
  },
};

export default plugin;
