/** reportlint's version: --version, the cache key, the formats that name the tool (SARIF). */
export const VERSION = "0.1.0";
