// Splits a byte stream into NDJSON lines without holding more than one line in memory. A line longer than
// maxLineBytes is skipped to its end (never buffered) and reported, as is a line that is not valid UTF-8,
// so one bad line costs only its own result.
export type Line = { line: number; text: string } | { line: number; error: 'too-long' | 'invalid-utf8' };

const NEWLINE = 0x0a;

export async function* splitLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;

  function* finish(): Generator<Line> {
    line++;
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (tooLong) {
      tooLong = false;
      yield { line, error: 'too-long' };
      return;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, error: 'invalid-utf8' };
      return;
    }
    // Blank lines (and a trailing newline) carry no article; they keep their number but get no result.
    if (text.trim() !== '') yield { line, text };
  }

  function keep(piece: Buffer): void {
    if (tooLong) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }

  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(NEWLINE, from); nl !== -1; nl = bytes.indexOf(NEWLINE, from)) {
      keep(bytes.subarray(from, nl));
      yield* finish();
      from = nl + 1;
    }
    if (from < bytes.length) keep(bytes.subarray(from));
  }
  if (size > 0 || tooLong) yield* finish();
}
