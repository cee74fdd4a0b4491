// Progress of a long lint run on the terminal: `已检查 120/480 · 12 s` on one line of stderr,
// redrawn with \r at most ~10 times a second, cleared when the run is done. Shown only where a
// person is watching: stderr is a terminal, the run is long (more than `threshold` files), not in
// CI and not on a dumb terminal. Pure apart from the stream it is given: the clock is injectable.
import type { Locale } from "../core/types.js";
import { displayWidth } from "../formatters/display-width.js";

export interface ProgressStream {
  write(s: string): void;
  isTTY?: boolean;
  /** Terminal width; the line is cut to fit so that \r redraws one line. */
  columns?: number;
}

export interface ProgressOptions {
  /** Files to lint. */
  total: number;
  stream: ProgressStream;
  env: Record<string, string | undefined>;
  /** Shown only when total > threshold (default 30). */
  threshold?: number;
  /** Milliseconds, for tests (default Date.now). */
  now?: () => number;
  locale?: Locale;
}

export interface Progress {
  /** One file done. */
  tick(filePath?: string): void;
  /** `count` files done at once (a batch from the worker pool). */
  advance(count: number): void;
  /** Clears the line; later ticks draw nothing. Safe to call more than once. */
  done(): void;
  /** Whether this run shows progress at all. */
  readonly enabled: boolean;
}

export const DEFAULT_THRESHOLD = 30;
/** Minimum time between two redraws (ms): about ten a second. */
export const REDRAW_INTERVAL = 100;

/** CI sets CI=true (GitHub, GitLab, Travis, CircleCI, Buildkite, Azure with CI=…); "false"/"0"/"" mean not CI. */
export function isCI(env: Record<string, string | undefined>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci.toLowerCase() !== "false" && ci !== "0";
}

/** Whether progress is shown: a terminal on `stream`, more than `threshold` files, not CI, not TERM=dumb. */
export function shouldShowProgress(options: Pick<ProgressOptions, "total" | "stream" | "env" | "threshold">): boolean {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return options.stream.isTTY === true && options.total > threshold && !isCI(options.env) && options.env.TERM !== "dumb";
}

const NOOP: Progress = Object.freeze({ tick() {}, advance() {}, done() {}, enabled: false });

export function progressText(done: number, total: number, elapsedMs: number, locale: Locale = "zh"): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  return locale === "en" ? `Checked ${done}/${total} · ${seconds} s` : `已检查 ${done}/${total} · ${seconds} s`;
}

export function createProgress(options: ProgressOptions): Progress {
  if (!shouldShowProgress(options)) return NOOP;
  const { total, stream } = options;
  const now = options.now ?? Date.now;
  const locale = options.locale ?? "zh";
  const start = now();
  let count = 0;
  let lastDraw = -Infinity;
  /** Display width of what is on the line now (0 = nothing drawn). */
  let shownWidth = 0;
  let finished = false;

  const draw = (time: number) => {
    let text = progressText(count, total, time - start, locale);
    // Stay one column short of the edge: a full line wraps on some terminals and \r then redraws the wrong line.
    const max = stream.columns && stream.columns > 1 ? stream.columns - 1 : Infinity;
    if (displayWidth(text) > max) text = Array.from(text).slice(0, max).join("");
    const width = displayWidth(text);
    stream.write(`\r${text}${" ".repeat(Math.max(0, shownWidth - width))}`);
    shownWidth = Math.max(width, shownWidth);
    lastDraw = time;
  };

  const advance = (n: number) => {
    if (finished || !(n > 0)) return;
    count = Math.min(total, count + n);
    const time = now();
    if (time - lastDraw >= REDRAW_INTERVAL || count === total) draw(time);
  };

  return {
    enabled: true,
    tick: () => advance(1),
    advance,
    done() {
      if (finished) return;
      finished = true;
      if (shownWidth > 0) stream.write(`\r${" ".repeat(shownWidth)}\r`);
    },
  };
}
