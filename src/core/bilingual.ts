// Text the user reads outside the rules' own messages (a file that cannot be read, a fix not
// written, a bad option) is kept in both languages and shown in the run's alone: Chinese by
// default, English with --locale en — never both run together.
import type { Locale } from "./types.js";

export interface Bilingual {
  zh: string;
  en: string;
}

/** The text for `locale` (Chinese unless "en"). */
export function say(locale: Locale | undefined, text: Bilingual): string {
  return locale === "en" ? text.en : text.zh;
}

/** An error with a Chinese text besides its (English) message. */
export class BilingualError extends Error {
  readonly zh: string;
  constructor(text: Bilingual) {
    super(text.en);
    this.zh = text.zh;
  }
}

/** What an error says in `locale`: its Chinese text when it has one, else its message. */
export function errorText(err: unknown, locale: Locale | undefined): string {
  if (err instanceof Error) {
    const zh = (err as Error & { zh?: unknown }).zh;
    return locale !== "en" && typeof zh === "string" && zh ? zh : err.message;
  }
  return String(err);
}
