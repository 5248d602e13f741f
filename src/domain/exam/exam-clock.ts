/** Where a timed exam stands: minutes spent since it was started, against its planned minutes. */
export interface ExamClock {
  elapsedMinutes: number;
  plannedMinutes: number;
  /** Minutes left, 0 once the planned time is spent. */
  remainingMinutes: number;
  overtime: boolean;
}

/** The clock never stops the candidate: past the planned time it says so and keeps counting. */
export function examClock(startedAt: string, now: Date, plannedMinutes: number): ExamClock {
  const elapsedMinutes = Math.max(0, Math.floor((now.getTime() - Date.parse(startedAt)) / 60_000));
  return {
    elapsedMinutes,
    plannedMinutes,
    remainingMinutes: Math.max(0, plannedMinutes - elapsedMinutes),
    overtime: elapsedMinutes > plannedMinutes,
  };
}
