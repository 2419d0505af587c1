import type { Report } from './report.ts';

/**
 * The report as the public JSON contract (`schemaVersion: 1`): the report object itself,
 * pretty-printed. Fields may be added to the model; none may be removed without a new version.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
