// The DocumentError a renderer rejects with (a test fails when it resolves or rejects otherwise).
import { expect } from "vitest";
import { DocumentError } from "../../src/documents/index.js";

export async function documentError(promise: Promise<unknown>): Promise<DocumentError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DocumentError);
  return e as DocumentError;
}
