import type { Catalog } from '../../core/probes/probe-catalog.ts';
import { SETUP_SQL_KEY, type TenancyPlan } from '../../core/probes/tenant-setup.ts';
import { type ProbeRows, RowPlanError, type RowOwner } from './probe-rows.ts';
import type { ProbeSession, ProbeUser } from './probe-session.ts';

/**
 * Make one tenant with `user` as its member; returns the tenant value as text. The first
 * membership table (and the probed table, when it is one) must take the row; the others are
 * joined where they can be, so a policy checking any of them sees the member.
 */
export async function makeTenant(
  session: ProbeSession,
  rows: ProbeRows,
  catalog: Catalog,
  plan: Exclude<TenancyPlan, { kind: 'skip' }>,
  user: ProbeUser,
  probed: string,
): Promise<string> {
  const { db } = session;
  if (plan.kind === 'user') return user.id;
  if (plan.kind === 'setup-sql') {
    const { rows: made } = await db.query<Record<string, unknown>>(plan.sql, [user.id]);
    const first = made[0] ? Object.values(made[0])[0] : undefined;
    if (first === undefined || first === null) {
      throw new Error(`${SETUP_SQL_KEY} returned no row; it must return the new tenant's id`);
    }
    return String(first);
  }
  const tenantTable = catalog.get(plan.tenantTable);
  if (!tenantTable) throw new RowPlanError(`the tenant table ${plan.tenantTable} is missing`);
  const fixed = new Map(plan.ownerColumns.map((c) => [c, user.id]));
  const values = await rows.valuesFor(tenantTable, { user: user.id }, fixed);
  const made = await rows.insert(tenantTable, values, [plan.tenantKey]);
  const tenant = made[plan.tenantKey];
  if (tenant === undefined || tenant === null) {
    throw new Error(`the new ${plan.tenantTable} row has no ${plan.tenantKey}`);
  }
  for (const [i, membership] of plan.memberships.entries()) {
    const memberTable = catalog.get(membership.table);
    if (!memberTable) continue;
    const owner: RowOwner = {
      user: user.id,
      tenant: { value: tenant, column: membership.tenantColumn, table: plan.tenantTable },
    };
    const memberFixed = new Map([
      [membership.tenantColumn, tenant],
      [membership.userColumn, user.id],
    ]);
    const join = async () => {
      await rows.insert(memberTable, await rows.valuesFor(memberTable, owner, memberFixed));
    };
    if (i === 0 || membership.table === probed) {
      await join();
      continue;
    }
    await session.step(`join_${i}`, join, true);
  }
  return tenant;
}
