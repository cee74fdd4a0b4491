/** A configuration problem: fatal (exit 2), shown with where it came from and exactly what is wrong. */
export class ConfigError extends Error {
  /** The config file the problem is in, when there is one. */
  readonly filePath?: string;
  constructor(message: string, filePath?: string) {
    super(message);
    this.name = "ConfigError";
    this.filePath = filePath;
  }
}
