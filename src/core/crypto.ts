// node:crypto, loaded on first use: most runs hash nothing (only --cache, the html and gitlab
// formats do), and loading it is ~3 ms of a cold start.
import type * as Crypto from "node:crypto";

let loaded: typeof Crypto | undefined;

export function nodeCrypto(): typeof Crypto {
  return (loaded ??= process.getBuiltinModule("node:crypto"));
}
