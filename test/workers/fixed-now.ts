/**
 * The instant both runtimes use as "now" in the same-answers test, so open-now ranking agrees: a Monday 21:30 in
 * Tokyo, when office-hours lines are closed and the 24-hour ones are not — the case where ranking differs most.
 */
export const FIXED_NOW = '2026-11-30T12:30:00.000Z';
