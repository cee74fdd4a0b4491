/** The longest text a message quotes from the report; a longer one keeps its head and tail around an ellipsis. */
export const MAX_QUOTED = 80;
/**
 * The longest value any message takes (a safety net for every rule: a rule's own details, such as
 * the relations a table cell breaks, stay whole; a quoted run of the text never floods the output).
 */
export const MAX_VALUE = 500;

/**
 * A bounded excerpt of a value: a finding on a 30 KB run must not print the run (the message is
 * for a reader, the position points at the whole span).
 */
export function excerpt(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return value;
  const head = Math.ceil((max - 1) * 0.75);
  const tail = max - 1 - head;
  let a = head;
  let b = value.length - tail;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(value[a - 1])) a--;
  if (/[\udc00-\udfff]/.test(value[b])) b++;
  return `${value.slice(0, a)}…${value.slice(b)}`;
}

/** Fill {{name}} placeholders; an unknown placeholder is left as written so it shows in tests. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in data ? excerpt(String(data[key]), MAX_VALUE) : whole));
}
