// Node can decode GB18030 but not encode it; for tests, invert the decoder over the two-byte range
// (which covers every Chinese character our fixtures use).
let table: Map<string, number[]> | undefined;

export function encodeGb18030(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [a, b]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
