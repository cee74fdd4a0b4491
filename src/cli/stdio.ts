// Standard output and error without process.stdout / process.stderr when they are no terminal.
// Creating those streams loads Node's stream and net modules (a few milliseconds of every cold run);
// output to a pipe or a file is written with fs.writeSync instead, which is what those streams do
// for files, and for pipes on Linux and Windows, anyway. A terminal gets the stream: it is needed for
// colours and widths, and a person waiting at it does not see the milliseconds.
import { fstatSync, writeSync } from "node:fs";

/** True when `fd` is a terminal; asks node:tty only for character devices (a terminal or /dev/null). */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
}

/**
 * A function writing to `fd`: synchronous writes when it is no terminal, the process's stream when it
 * is (or when a write would block: a descriptor inherited in non-blocking mode). A reader that went
 * away (EPIPE: `reportlint … | head`) or a closed descriptor ends the output quietly.
 */
export function writerFor(fd: 1 | 2): (s: string) => void {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (isTerminal(fd)) return (s) => void stream().write(s);
  let useStream = false;
  let closed = false;
  return (s) => {
    if (closed) return;
    if (useStream) return void stream().write(s);
    const buf = Buffer.from(s, "utf8");
    let at = 0;
    try {
      while (at < buf.length) at += writeSync(fd, buf, at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // EPIPE: the reader went away; EBADF: no such output (started with it closed), where
      // process.stdout discards what is written too.
      if (code === "EPIPE" || code === "EBADF") closed = true;
      else if (code === "EAGAIN") {
        useStream = true;
        stream().write(buf.subarray(at));
      } else throw err;
    }
  };
}
