import { type CatalogPolicy, type CatalogTable, PROBE_ROLE, policiesFor } from './probe-catalog.ts';
import { probeFix } from './probe-fixes.ts';
import { SETUP_SQL_KEY } from './tenant-setup.ts';
import type {
  ProbeCommand,
  ProbeObservation,
  ProbeVerdict,
  StepOutcome,
} from './probe-observation.ts';

const commands: readonly ProbeCommand[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

/** Judge one table's observation: isolation broken across tenants, or the tenant locked out. */
export function judgeProbe(observation: ProbeObservation): ProbeVerdict[] {
  return verdictsOf(observation).map((v) => ({ ...v, fix: probeFix(observation, v) }));
}

function verdictsOf(observation: ProbeObservation): ProbeVerdict[] {
  const { table, tenantColumn } = observation;
  const verdicts: ProbeVerdict[] = [];
  for (const command of commands) {
    const outcome = observation.other[command];
    if (outcome?.kind !== 'rows' || outcome.rows === 0) continue;
    const involved = permissive(table, command);
    const what =
      command === 'SELECT'
        ? `a member of another tenant read a row of this tenant (matched by ${tenantColumn})`
        : command === 'INSERT'
          ? `a member of another tenant inserted a row with this tenant's ${tenantColumn}`
          : `a member of another tenant could ${command} a row of this tenant (matched by ${tenantColumn})`;
    verdicts.push({
      rule: command === 'SELECT' ? 'probe-cross-tenant-read' : 'probe-cross-tenant-write',
      command,
      message: `${table.name}: ${what} as role ${PROBE_ROLE}, so any signed-in user of one customer reaches another's data; ${allowedBy(table, command, involved)}.`,
      policies: involved.map((p) => p.name),
      problem: table.rlsEnabled
        ? `cross-tenant-${command === 'SELECT' ? 'read' : 'write'} ${table.name}`
        : `rls-off ${table.name}`,
    });
  }
  if (!table.rlsEnabled) return mergeWrites(verdicts, table.name);
  const ownSelect = observation.own.SELECT;
  for (const command of commands) {
    const outcome = observation.own[command];
    const blocked = outcome?.kind === 'refused' || (outcome?.kind === 'rows' && outcome.rows === 0);
    const applicable = policiesFor(table, command);
    if (!blocked || applicable.length === 0) continue;
    // Without its own row in sight, UPDATE and DELETE find nothing: SELECT says it once.
    const sawOwnRow = ownSelect?.kind === 'rows' && ownSelect.rows > 0;
    if ((command === 'UPDATE' || command === 'DELETE') && !sawOwnRow) continue;
    verdicts.push({
      rule: 'probe-tenant-locked-out',
      command,
      message: `${table.name}: a member of the tenant could not ${command} its own row (matched by ${tenantColumn}) as role ${PROBE_ROLE}, although ${policyList(applicable)} ${applicable.length === 1 ? 'applies' : 'apply'} to ${command}, so ${command === 'SELECT' ? "members see none of their tenant's rows" : `members' ${command} fails on every row`}${command === 'SELECT' ? '' : `; if only some members may (an owner role), give the probe member that role with ${SETUP_SQL_KEY}`}.`,
      policies: applicable.map((p) => p.name),
      problem: `locked-out-${command.toLowerCase()} ${table.name}`,
    });
  }
  return verdicts;
}

/** With row level security off one cause opens every write: say it once, naming the commands. */
function mergeWrites(verdicts: ProbeVerdict[], table: string): ProbeVerdict[] {
  const writes = verdicts.filter((v) => v.rule === 'probe-cross-tenant-write');
  const first = writes[0];
  if (!first || writes.length === 1) return verdicts;
  const commands = writes.map((v) => v.command).join(', ');
  return [
    ...verdicts.filter((v) => v.rule !== 'probe-cross-tenant-write'),
    {
      rule: 'probe-cross-tenant-write',
      command: first.command,
      message: `${table}: a member of another tenant could ${commands} rows of this tenant as role ${PROBE_ROLE}; row level security is disabled on the table, so every signed-in user reaches every row.`,
      policies: [],
      problem: `rls-off ${table}`,
    },
  ];
}

/** One line per table for `report.checks`: what each side could do. */
export function describeObservation(observation: ProbeObservation): string {
  const side = (steps: ProbeObservation['own']) =>
    commands
      .flatMap((c) => {
        const o = steps[c];
        return o ? [`${c} ${describeOutcome(o)}`] : [];
      })
      .join(', ');
  return `${observation.table.name} (${observation.tenantColumn}): other tenant's member on this tenant's row: ${side(observation.other)}; own member: ${side(observation.own)}`;
}

function describeOutcome(outcome: StepOutcome): string {
  switch (outcome.kind) {
    case 'rows':
      return `${outcome.rows} row(s)`;
    case 'refused':
      return 'refused by row level security';
    case 'no-privilege':
      return 'no privilege';
    case 'failed':
      return `inconclusive (${outcome.error})`;
  }
}

function permissive(table: CatalogTable, command: ProbeCommand): CatalogPolicy[] {
  return policiesFor(table, command).filter((p) => p.permissive);
}

function allowedBy(table: CatalogTable, command: ProbeCommand, involved: CatalogPolicy[]): string {
  if (!table.rlsEnabled) {
    return 'row level security is disabled on the table, so every signed-in user reaches every row';
  }
  if (involved.length === 0) return `no permissive policy for ${command} was found to blame`;
  const shown = involved.map((p) => `"${p.name}" ${expressionOf(p, command)}`);
  return `allowed by ${involved.length === 1 ? 'policy' : 'policies'} ${shown.join(', ')}`;
}

/** The expression that decides the command: WITH CHECK for new rows, USING for existing ones. */
function expressionOf(policy: CatalogPolicy, command: ProbeCommand): string {
  const check = policy.withCheck ?? (policy.command === 'ALL' ? policy.using : null);
  const [label, expr] = command === 'INSERT' ? ['WITH CHECK', check] : ['USING', policy.using];
  return `${label} ${shorten(expr ?? '(none)')}`;
}

function policyList(policies: CatalogPolicy[]): string {
  const names = policies.map((p) => `"${p.name}"`).join(', ');
  return policies.length === 1 ? `policy ${names}` : `policies ${names}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
