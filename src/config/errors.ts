/**
 * A configuration problem: fatal (exit 2), shown with where it came from and exactly what is wrong.
 * The message is English; a Chinese text (`zh`) is shown in Chinese runs when the problem has one.
 */
export class ConfigError extends Error {
  /** The config file the problem is in, when there is one. */
  readonly filePath?: string;
  readonly zh?: string;
  constructor(message: string | { zh: string; en: string }, filePath?: string) {
    super(typeof message === "string" ? message : message.en);
    this.name = "ConfigError";
    this.filePath = filePath;
    if (typeof message !== "string") this.zh = message.zh;
  }
}
