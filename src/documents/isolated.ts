// Reading an untrusted document in a worker thread with a memory cap and a time limit: a file that
// runs out of memory (a 40 MB web page, a .docx that lies about its sizes) or takes too long (a PDF
// stream that inflates to 1 GiB) fails with a clear message, and the thread that lints the other
// files is untouched. One idle worker is kept for the next file (starting one and loading its
// parser costs more than reading a typical report); a worker that was stopped is never reused.
// node:worker_threads is loaded when the first document is read: a run of text files never needs it.
import type { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../gazetteer/load.js";
import { DocumentError, renderDocument, type DocumentFormat, type RenderOptions } from "./index.js";
import { DEFAULT_LIMITS, checkInputSize, limitError, type DocumentLimits } from "./limits.js";
import { checkPdfStreams } from "./pdf-streams.js";
import { reviveRendering, type ClonedRendering, type RenderedDocument } from "./rendering.js";
import type { RenderJob } from "./render-worker.js";

interface Idle {
  worker: Worker;
  memory: number;
}
let idle: Idle | undefined;

function workerFile(): string {
  return join(packageRoot(), "dist", "render-worker.js");
}

/** Like renderDocument, but in a worker thread bounded by limits.memory and limits.seconds. */
export async function renderIsolated(format: DocumentFormat, bytes: Uint8Array, options: RenderOptions = {}): Promise<RenderedDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkInputSize(bytes, limits); // before the bytes are copied to another thread
  // Not built (tests of the sources without dist/): the size limits still hold.
  if (!existsSync(workerFile())) {
    if (format === "pdf") checkPdfStreams(bytes, limits);
    return renderDocument(format, bytes, options);
  }
  const worker = takeWorker(limits);
  const copy = new Uint8Array(bytes);
  const job: RenderJob = { format, bytes: copy, encoding: options.encoding, limits };
  return new Promise<RenderedDocument>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (keep && !idle) {
        worker.unref();
        idle = { worker, memory: limits.memory };
      } else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(false, () => reject(limitError(`读取超时（超过 ${limits.seconds} 秒）`, `reading the file took longer than ${limits.seconds} s`, "seconds"))),
      limits.seconds * 1000,
    );
    const onMessage = (answer: { rendering?: ClonedRendering; error?: string; zh?: string; documentError?: boolean }) =>
      finish(true, () => {
        if (answer.rendering) resolve(reviveRendering(answer.rendering));
        else reject(answer.documentError ? new DocumentError({ en: answer.error ?? "", zh: answer.zh ?? answer.error ?? "" }) : new Error(answer.error));
      });
    const onError = (err: Error & { code?: string }) =>
      finish(false, () =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? limitError(`读取该文件所需内存超过上限（${limits.memory} MiB）`, `reading the file needs more memory than the limit (${limits.memory} MiB)`, "memory")
            : new Error(err.message),
        ),
      );
    const onExit = (code: number) => finish(false, () => reject(new Error(`the document reader stopped (exit code ${code})`)));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(job, [copy.buffer]);
  });
}

/** Start the reading thread ahead of the first document, so its start overlaps the work before it. */
export function prepareDocumentReader(limits: DocumentLimits = DEFAULT_LIMITS): void {
  if (idle || !existsSync(workerFile())) return;
  const worker = takeWorker(limits);
  worker.unref();
  idle = { worker, memory: limits.memory };
}

function takeWorker(limits: DocumentLimits): Worker {
  const reuse = idle && idle.memory === limits.memory ? idle.worker : undefined;
  if (idle && !reuse) void idle.worker.terminate();
  idle = undefined;
  if (reuse) {
    reuse.ref();
    return reuse;
  }
  const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");
  const worker = new WorkerThread(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: limits.memory }, stdout: false, stderr: false });
  // An idle worker's late error must not end the process; one that stopped is not reused.
  worker.on("error", () => {});
  worker.on("exit", () => {
    if (idle?.worker === worker) idle = undefined;
  });
  return worker;
}
