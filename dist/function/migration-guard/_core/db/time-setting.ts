const unitMs: Readonly<Record<string, number>> = {
  '': 1,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * A time setting in milliseconds (`lock_timeout`, `statement_timeout`), from `current_setting`
 * (`0`, `1500ms`, `2s`, `1min`: Postgres shows the largest unit that divides the value) or from
 * `GetConfigOption` (`1500`, the base unit); undefined for anything else.
 */
export function timeSettingMs(shown: string | undefined): number | undefined {
  const match = /^(\d+)\s*(ms|s|min|h|d|)$/.exec(shown?.trim() ?? '');
  const unit = match ? unitMs[match[2] ?? ''] : undefined;
  return match && unit !== undefined ? Number(match[1]) * unit : undefined;
}
