// The command-line tools' progress bar (count, rate, ETA, refused) and problem reports, on stderr.
import { MultiBar } from 'cli-progress';

export interface Progress {
  /** `done` of `total` handled, `written` of them accepted, `refused` refused, in `seconds`. */
  update(done: number, total: number, written: number, refused: number, seconds: number): void;
  /** One refused item, reported as it happens. */
  problem(report: string): void;
  stop(): void;
}

export function progressBar(verb: string, noun: string): Progress {
  const bars = new MultiBar({
    format: `${verb} {bar} {percentage}% | {written} ${noun} | {rate}/s | ETA {eta_formatted} | {refused} refused`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    etaBuffer: 200,
  });
  const bar = bars.create(1, 0, { written: 0, rate: 0, refused: 0 });
  return {
    update(done, total, written, refused, seconds) {
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { written, rate: Math.round(written / Math.max(seconds, 0.001)), refused });
    },
    problem(report) {
      // The bar owns a terminal's last line; elsewhere (pipes, CI) it is silent between updates.
      if (process.stderr.isTTY) bars.log(`${report}\n`);
      else console.error(report);
    },
    stop: () => bars.stop(),
  };
}
