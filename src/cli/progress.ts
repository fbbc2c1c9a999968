// Progress for long CLI runs: a live bar (count, rate, ETA) on a terminal; on a pipe or a log file, a plain
// line at most every `every` ms, so the output stays readable.
import cliProgress from 'cli-progress';
import { eta, smoothedRate } from './rate.js';

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
  const recent = smoothedRate();
  if (output.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: output.stream,
        // The caller already decided this is a terminal (tests hand in a captured stream).
        noTTYOutput: true,
        // The bar's own ETA averages the last few updates, which swings wildly when results come in batches.
        format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {left}`,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0', left: '?' });
    return {
      update(done) {
        recent.update(done, Date.now());
        bar.update(done, { rate: rate(done, startedAt).toFixed(0), left: eta(recent, total - done) });
      },
      // Below the bar's line, which is then redrawn under the note.
      note: (line) => output.stream.write(`\n${line}\n`),
      stop: () => bar.stop(),
    };
  }
  let printedAt = startedAt;
  return {
    update(done) {
      const now = Date.now();
      recent.update(done, now);
      if (now - printedAt < every && done < total) return;
      printedAt = now;
      output.stream.write(`${label}: ${done}/${total} (${rate(done, startedAt).toFixed(0)}/s, ETA ${eta(recent, total - done)})\n`);
    },
    note: (line) => output.stream.write(`${line}\n`),
    stop: () => {},
  };
}
