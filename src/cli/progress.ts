// Progress for long CLI runs: a live bar (count, rate, ETA) on a terminal; on a pipe or a log file, a plain
// line at most every `every` ms, so the output stays readable.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  /** A line about the run (a retry, a pause) among the progress output. */
  note(line: string): void;
  stop(): void;
}

export interface ProgressOutput {
  stream: NodeJS.WritableStream;
  isTTY: boolean;
}

function rate(done: number, startedAt: number): number {
  return done / Math.max((Date.now() - startedAt) / 1000, 0.001);
}

export function createProgress(output: ProgressOutput, total: number, label: string, every = 2000): Progress {
  const startedAt = Date.now();
  if (output.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: output.stream,
        // The caller already decided this is a terminal (tests hand in a captured stream).
        noTTYOutput: true,
        format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    return {
      update: (done) => bar.update(done, { rate: rate(done, startedAt).toFixed(0) }),
      // Below the bar's line, which is then redrawn under the note.
      note: (line) => output.stream.write(`\n${line}\n`),
      stop: () => bar.stop(),
    };
  }
  let printedAt = startedAt;
  return {
    update(done) {
      const now = Date.now();
      if (now - printedAt < every && done < total) return;
      printedAt = now;
      const perSecond = rate(done, startedAt);
      const eta = Math.ceil((total - done) / perSecond);
      output.stream.write(`${label}: ${done}/${total} (${perSecond.toFixed(0)}/s, ETA ${eta} s)\n`);
    },
    note: (line) => output.stream.write(`${line}\n`),
    stop: () => {},
  };
}
