// Entry point of the thread that reads documents (bundled to dist/render-worker.js, started by
// isolated.ts): renders each file it is sent and answers with the rendering as plain data.
import { parentPort } from "node:worker_threads";
import { DocumentError, renderDocument, type DocumentFormat } from "./index.js";
import { cloneableRendering } from "./rendering.js";
import type { DocumentLimits } from "./limits.js";
import { checkPdfStreams } from "./pdf-streams.js";

export interface RenderJob {
  format: DocumentFormat;
  bytes: Uint8Array;
  encoding?: string;
  limits: DocumentLimits;
}

parentPort!.on("message", async (job: RenderJob) => {
  try {
    // Node only (zlib), so here rather than in pdf.ts, which the web page shares.
    if (job.format === "pdf") checkPdfStreams(job.bytes, job.limits);
    const doc = await renderDocument(job.format, job.bytes, { encoding: job.encoding, limits: job.limits });
    parentPort!.postMessage({ rendering: cloneableRendering(doc) });
  } catch (err) {
    const zh = err instanceof DocumentError ? err.zh : undefined;
    parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err), zh, documentError: err instanceof Error && err.name === "DocumentError" });
  }
});
