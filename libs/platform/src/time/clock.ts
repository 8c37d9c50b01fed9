/**
 * The time of day for everything that acts on a schedule (reminders, expiry). Injected, so a
 * test can hand the worker a clock it moves itself instead of waiting.
 */
export class Clock {
  now(): Date {
    return new Date();
  }
}
