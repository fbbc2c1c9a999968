// A parse's work budget, counted in units the engine can count deterministically: the same text and budget
// always give the same answer, whatever the machine's load. The quote passes charge each sentence its length
// in characters, plus a fixed charge per reporting cue in it (each cue's source, content and speaker are
// looked for in windows of a few hundred characters around it, and its sentence may be parsed for syntax):
// ordinary prose costs about its length, text made of cues many times more.

/** Units one reporting cue costs: about the window each cue's passes read (see above). */
export const CUE_UNITS = 300;

/** A parse needed more work than its budget allowed: the same text always will (422). */
export class WorkBudgetExceeded extends Error {
  override readonly name = 'WorkBudgetExceeded';
  readonly statusCode = 422;
  constructor(readonly budget: number) {
    super(`The article needs more work to parse than one article may take (${budget} units); send it in smaller parts.`);
  }
}

/** Counts units against `budget` (none: unlimited) and throws WorkBudgetExceeded once they exceed it. */
export function workMeter(budget = Number.POSITIVE_INFINITY): (units: number) => void {
  let left = budget;
  return (units) => {
    left -= units;
    if (left < 0) throw new WorkBudgetExceeded(budget);
  };
}
