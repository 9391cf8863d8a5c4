// The command-line tools' progress bar (count, rate, ETA, refused) and problem reports, on stderr.
import { MultiBar } from 'cli-progress';

export interface Progress<Problem> {
  /**
   * `done` of `total` handled, `written` of them accepted, in `seconds`; `problems` are the refused
   * ones so far, each reported once, as it happens.
   */
  update(done: number, total: number, written: number, seconds: number, problems: Problem[]): void;
  stop(): void;
}

export function progressBar<Problem>(verb: string, noun: string, describe: (problem: Problem) => string): Progress<Problem> {
  const bars = new MultiBar({
    format: `${verb} {bar} {percentage}% | {written} ${noun} | {rate}/s | ETA {eta_formatted} | {refused} refused`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    etaBuffer: 200,
  });
  const bar = bars.create(1, 0, { written: 0, rate: 0, refused: 0 });
  let reported = 0;
  return {
    update(done, total, written, seconds, problems) {
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { written, rate: Math.round(written / Math.max(seconds, 0.001)), refused: problems.length });
      for (; reported < problems.length; reported++) {
        const report = describe(problems[reported]);
        // The bar owns a terminal's last line; elsewhere (pipes, CI) it is silent between updates.
        if (process.stderr.isTTY) bars.log(`${report}\n`);
        else console.error(report);
      }
    },
    stop: () => bars.stop(),
  };
}
