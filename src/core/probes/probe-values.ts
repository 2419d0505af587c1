import type { CatalogColumn, CatalogTable } from './probe-catalog.ts';

/**
 * Made-up values for required columns (NOT NULL, no default) of the rows the probes insert,
 * by type, as text to bind and cast to the column's type. `seq` keeps values of one run apart
 * so unique constraints do not trip over each other. Undefined: no safe value for this type.
 */
export function generatedValue(column: CatalogColumn, seq: number): string | undefined {
  if (column.enumLabels) return column.enumLabels[0];
  const type = column.baseType;
  if (type.startsWith('_')) return '{}';
  switch (type) {
    case 'text':
    case 'varchar':
    case 'bpchar':
    case 'citext':
    case 'name':
      return `probe ${seq}`;
    case 'int2':
      return String(1000 + (seq % 30000));
    case 'int4':
    case 'int8':
    case 'numeric':
    case 'float4':
    case 'float8':
      return String(900_000_000 + seq);
    case 'uuid':
      return crypto.randomUUID();
    case 'timestamptz':
    case 'timestamp':
    case 'date':
      return '2000-01-01 00:00:00+00';
    case 'bool':
      return 'false';
    case 'json':
    case 'jsonb':
      return '{}';
    case 'bytea':
      return '\\x00';
    default:
      return undefined;
  }
}

/**
 * A column an UPDATE can set to a made-up value to mark the rows it reached: not the tenant
 * column, not part of a foreign key, not filled by the server, of a type with made-up values.
 */
export function markerColumn(table: CatalogTable, tenantColumn: string): CatalogColumn | undefined {
  const keyed = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  return table.columns.find(
    (c) =>
      c.name !== tenantColumn &&
      !keyed.has(c.name) &&
      !c.filledByServer &&
      !c.enumLabels &&
      ['text', 'varchar', 'citext', 'int4', 'int8', 'numeric'].includes(c.baseType),
  );
}

/** A column the probe must fill itself: required, and nothing fills it otherwise. */
export function isRequired(column: CatalogColumn): boolean {
  return column.notNull && !column.hasDefault && !column.filledByServer;
}
