import { errorText, type Bilingual } from "../core/bilingual.js";

/**
 * A configuration problem: fatal (exit 2), shown with where it came from and exactly what is wrong.
 * The message is English; the Chinese text (`zh`) is what a Chinese run shows (errorText).
 */
export class ConfigError extends Error {
  /** The config file the problem is in, when there is one. */
  readonly filePath?: string;
  readonly zh?: string;
  constructor(message: string | Bilingual, filePath?: string) {
    super(typeof message === "string" ? message : message.en);
    this.name = "ConfigError";
    this.filePath = filePath;
    if (typeof message !== "string") this.zh = message.zh;
  }
}

/**
 * What an error says in both languages, first line only (a module's error may carry a code frame):
 * its Chinese text when it has one (ConfigError, BilingualError), else its message in both.
 */
export function textsOf(err: unknown): Bilingual {
  const first = (s: string) => s.split("\n")[0];
  return { zh: first(errorText(err, "zh")), en: first(errorText(err, "en")) };
}
