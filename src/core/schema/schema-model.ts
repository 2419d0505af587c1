import type { Node } from 'libpg-query';
import { preinstalledExtensions } from '../extensions/extension-schemas.ts';
import { type QualifiedName, qualify, type TypeRef } from '../sql/names.ts';

/** Where an object was created or last changed: which file, which statement. */
export interface Origin {
  /** Path of the migration file, as reported. */
  file: string;
  /** Version of the file (the number before `_`), or null for a misnamed file. */
  version: string | null;
  /** 0-based index of the top-level statement in its file. */
  statement: number;
}

export interface ColumnModel {
  name: string;
  type: TypeRef;
  notNull: boolean;
  defaultExpr?: Node;
  generated?: 'stored';
  identity: boolean;
  comment?: string;
  /**
   * Where the column was first marked deprecated (`COMMENT ON COLUMN ... IS 'deprecated: ...'`);
   * cleared when the comment stops saying so. `drop-column` measures its window from here.
   */
  deprecatedAt?: Origin;
  addedBy: Origin;
  /** Rows may hold values in this column (it was filled by a default, UPDATE or INSERT). */
  filled: boolean;
  /**
   * Postgres 18 `ADD CONSTRAINT name NOT NULL col NOT VALID`: the column is marked NOT NULL for
   * new rows, but existing rows are unchecked until `VALIDATE CONSTRAINT name`.
   */
  notNullPending?: { constraint: string; addedBy: Origin };
}

export type ConstraintKind = 'check' | 'foreign-key' | 'unique' | 'primary-key' | 'exclusion';

export interface ConstraintModel {
  name: string;
  kind: ConstraintKind;
  columns: string[];
  /** False while the constraint is NOT VALID. */
  validated: boolean;
  expr?: Node;
  references?: { table: QualifiedName; columns: string[] };
  /** Name of the index that backs a unique or primary key constraint. */
  index?: string;
  /** Unique and primary key constraints (not `USING INDEX`): the index the constraint builds. */
  indexDefinition?: IndexDefinition;
  addedBy: Origin;
}

/** One key of an index: a column or an expression, with its options as written. */
export interface IndexKeyModel {
  column?: string;
  /** An expression key's parse tree without source positions, as JSON. */
  expression?: string;
  opclass?: string;
  collation?: string;
  descending: boolean;
  /** Where NULLs sort, after applying the default of the key's direction. */
  nullsFirst: boolean;
}

/** What an index is apart from its name, table, method and uniqueness. */
export interface IndexDefinition {
  keys: IndexKeyModel[];
  /** INCLUDE columns. */
  include: string[];
  /** A partial index's WHERE clause, its parse tree without source positions, as JSON. */
  predicate?: string;
  nullsNotDistinct: boolean;
  /** The index of a DEFERRABLE unique or primary key constraint: it is checked at commit. */
  deferrable: boolean;
}

export interface IndexModel {
  /** Qualified by the table's schema. */
  name: QualifiedName;
  table: QualifiedName;
  /** Key columns in order; an expression key is `(expr)`. */
  columns: string[];
  unique: boolean;
  method: string;
  /** Rows that had the indexed columns filled when the index was built. */
  builtOnData: boolean;
  /** Keys with their options, INCLUDE and predicate, for telling identical indexes apart. */
  definition?: IndexDefinition;
  /**
   * Postgres dropped the index with its UNIQUE or PRIMARY KEY constraint. The model keeps it
   * until a DROP INDEX names it (schema diffs write `DROP INDEX IF EXISTS` after the constraint),
   * so the rules reading that statement still know its table. `indexesOf` leaves it out.
   */
  droppedWithConstraint?: boolean;
  addedBy: Origin;
}

export type PolicyCommand = 'all' | 'select' | 'insert' | 'update' | 'delete';

export interface PolicyModel {
  name: string;
  command: PolicyCommand;
  permissive: boolean;
  roles: string[];
  using?: Node;
  withCheck?: Node;
  addedBy: Origin;
}

/** A Supabase Storage bucket: a row the migrations insert into `storage.buckets`. */
export interface BucketModel {
  id: string;
  /** Objects are served by public URL without a policy. */
  public: boolean;
  /** The statement that made the bucket public (inserted it so, or set `public = true`). */
  publicBy?: Origin;
}

export type RelationKind =
  | 'table'
  | 'partitioned-table'
  | 'view'
  | 'materialized-view'
  | 'foreign-table';

export interface TableModel {
  schema: string;
  name: string;
  kind: RelationKind;
  columns: Map<string, ColumnModel>;
  constraints: ConstraintModel[];
  rlsEnabled: boolean;
  rlsForced: boolean;
  policies: Map<string, PolicyModel>;
  createdBy: Origin;
  /** Rows were written to the table (INSERT, COPY, UPDATE) since it was created. */
  rowsWritten: boolean;
  /** The column list is unknown (e.g. CREATE TABLE AS), so missing columns are not errors. */
  columnsUnknown: boolean;
  /** View options such as `security_invoker`. */
  options: Map<string, string>;
  comment?: string;
  /** Where the table was first marked deprecated (`COMMENT ON TABLE ... IS 'deprecated: ...'`). */
  deprecatedAt?: Origin;
  unlogged: boolean;
  /** Views and materialized views: the relations their query reads, resolved at creation. */
  viewSources?: QualifiedName[];
  /**
   * Views and materialized views: roles granted or revoked SELECT explicitly (`public` for
   * PUBLIC), after the default privileges in force when the view was created.
   */
  selectGrantedTo?: Set<string>;
  selectRevokedFrom?: Set<string>;
  /**
   * The extension that created the relation and owns it (Postgres records a `pg_depend` row of
   * type `e`): it goes with `DROP EXTENSION`, and most advisor lints leave it out.
   */
  extension?: string;
}

export interface FunctionModel {
  schema: string;
  name: string;
  language: string;
  securityDefiner: boolean;
  /** `SET search_path` is attached to the function. */
  fixedSearchPath: boolean;
  /** Roles granted EXECUTE explicitly; PUBLIC holds it by default unless revoked. */
  executeGrantedTo: Set<string>;
  executeRevokedFrom: Set<string>;
  createdBy: Origin;
  /** CREATE PROCEDURE: run with CALL, which the Data API cannot do. */
  procedure?: boolean;
  /** Name of the return type (`trigger`, `uuid`, ...); absent when RETURNS is omitted. */
  returns?: string;
  /** The last ALTER FUNCTION/PROCEDURE/ROUTINE that changed it. */
  alteredBy?: Origin;
  /** The last GRANT or REVOKE of EXECUTE on it. */
  privilegesChangedBy?: Origin;
  /** The extension that created the function and owns it. */
  extension?: string;
}

/** An installed extension and the schema its objects live in (`pg_extension.extnamespace`). */
export interface ExtensionModel {
  name: string;
  schema: string;
  /** The `CREATE EXTENSION` in the migrations. */
  createdBy?: Origin;
  /** The last `ALTER EXTENSION ... SET SCHEMA` that moved it. */
  movedBy?: Origin;
  /** Supabase installs it before the first migration runs; `createdBy` is then absent. */
  preinstalled: boolean;
}

/**
 * `ALTER DEFAULT PRIVILEGES ... REVOKE` run by the migration role: roles that objects created
 * afterwards do not get privileges on, by schema (`*` when the statement names no schema).
 */
export interface DefaultPrivilegeRevokes {
  functions: Map<string, Set<string>>;
  tables: Map<string, Set<string>>;
}

/**
 * The indexes by name, and grouped by table for `indexesOf` (which rules ask for every
 * statement: a scan of every index each time grew with the square of the history). The
 * grouping is built on first use and then kept in step with each change, in place (rebuilding
 * it after every change was still a scan per index a file adds, and a copy of a table's list
 * per index added grew with the square of its indexes); whoever moves an index to another
 * table in place calls `tablesChanged`. It also knows which file added each index, and each
 * name's place in the map's order, for rules that look at one file's indexes.
 */
class IndexMap extends Map<QualifiedName, IndexModel> {
  /** Lists by table, each in the map's order; changed in place (see `ofTable`). */
  #byTable: Map<QualifiedName, IndexModel[]> | undefined;
  #places = new Map<QualifiedName, number>();
  #indexPlaces = new WeakMap<IndexModel, number>();
  #nextPlace = 0;
  #byFile = new Map<string, Set<QualifiedName>>();
  /** Names of indexes the model had and no longer has (dropped, renamed, gone with their table). */
  #gone = new Set<QualifiedName>();

  override set(name: QualifiedName, index: IndexModel): this {
    this.#gone.delete(name);
    const old = super.get(name);
    if (old === undefined) {
      if (!super.has(name)) this.#places.set(name, this.#nextPlace++);
    } else this.#byFile.get(old.addedBy.file)?.delete(name);
    const file = this.#byFile.get(index.addedBy.file);
    if (file) file.add(name);
    else this.#byFile.set(index.addedBy.file, new Set([name]));
    this.#indexPlaces.set(index, this.#places.get(name) ?? Number.POSITIVE_INFINITY);
    const byTable = this.#byTable;
    if (byTable !== undefined) {
      if (old === undefined) {
        const list = byTable.get(index.table);
        if (list) list.push(index);
        else byTable.set(index.table, [index]);
      } else if (old.table === index.table) {
        const list = byTable.get(index.table) ?? [];
        const at = list.indexOf(old);
        if (at !== -1) list[at] = index;
        byTable.set(index.table, list);
      } else this.#byTable = undefined;
    }
    return super.set(name, index);
  }

  override delete(name: QualifiedName): boolean {
    const old = super.get(name);
    if (old !== undefined) {
      this.#byFile.get(old.addedBy.file)?.delete(name);
      const byTable = this.#byTable;
      const list = byTable?.get(old.table);
      if (byTable && list) {
        const at = list.indexOf(old);
        if (at !== -1) list.splice(at, 1);
        if (list.length === 0) byTable.delete(old.table);
      }
    }
    this.#places.delete(name);
    if (old !== undefined) this.#gone.add(name);
    return super.delete(name);
  }

  override clear(): void {
    this.#byTable = undefined;
    this.#places.clear();
    this.#byFile.clear();
    this.#gone.clear();
    super.clear();
  }

  /**
   * Whether the migrations made an index of this name and it is gone since (dropped, renamed,
   * dropped with its table or view): `DROP INDEX IF EXISTS` of it finds nothing. An index the
   * model never had may have been made outside the migrations.
   */
  isGone(name: QualifiedName): boolean {
    return this.#gone.has(name);
  }

  tablesChanged(): void {
    this.#byTable = undefined;
  }

  /**
   * The table's indexes in insertion order, those dropped with their constraint included. The
   * list changes with the map: read it at once, or copy what you keep.
   */
  ofTable(table: QualifiedName): readonly IndexModel[] | undefined {
    if (this.#byTable === undefined) {
      const byTable = new Map<QualifiedName, IndexModel[]>();
      for (const index of this.values()) {
        const list = byTable.get(index.table);
        if (list) list.push(index);
        else byTable.set(index.table, [index]);
      }
      this.#byTable = byTable;
    }
    return this.#byTable.get(table);
  }

  /** The indexes `file` added (`addedBy`), in no particular order. */
  addedIn(file: string): IndexModel[] {
    const names = this.#byFile.get(file);
    if (names === undefined) return [];
    return [...names].flatMap((name) => {
      const index = super.get(name);
      return index === undefined ? [] : [index];
    });
  }

  /** Where the name `index` was last stored under stands in the map's order: smaller first. */
  placeOf(index: IndexModel): number {
    return this.#indexPlaces.get(index) ?? Number.POSITIVE_INFINITY;
  }
}

/**
 * What the migrations so far have built: tables with their columns, constraints, indexes,
 * row-level security and policies, plus functions. Rules read it; only `applyStatement`
 * writes it.
 */
/** A trigger: the table it runs on and the function it calls. */
export interface TriggerModel {
  table: QualifiedName;
  name: string;
  /** The function's name as the CREATE TRIGGER wrote it. */
  fn: string[];
  /** The function it resolved to then, when the model knew one by that name. */
  function?: QualifiedName;
}

export class SchemaModel {
  readonly tables = new Map<QualifiedName, TableModel>();
  readonly indexes = new IndexMap();
  readonly functions = new Map<QualifiedName, FunctionModel>();
  readonly schemas = new Set<string>(['public']);
  /** Installed extensions by name, starting with the ones every Supabase project has. */
  readonly extensions = new Map<string, ExtensionModel>(
    preinstalledExtensions.map(([name, schema]) => [name, { name, schema, preinstalled: true }]),
  );
  /** Storage buckets the migrations insert, by id. */
  readonly buckets = new Map<string, BucketModel>();
  /**
   * Triggers the migrations created, by table and name. A trigger goes with its table's DROP
   * and follows its rename or move to another schema.
   */
  readonly triggers = new Map<string, TriggerModel>();
  /**
   * Policies on `storage.objects`, a table Supabase creates outside the migrations, so the model
   * holds no TableModel for it; kept by name.
   */
  readonly storageObjectPolicies = new Map<string, PolicyModel>();
  readonly types = new Set<QualifiedName>();
  readonly defaultPrivilegeRevokes: DefaultPrivilegeRevokes = {
    functions: new Map(),
    tables: new Map(),
  };
  /**
   * Deprecation comments on columns the model holds no column for (tables created outside the
   * migrations, or with unknown columns), by `schema.table.column`.
   */
  readonly untrackedColumnDeprecations = new Map<string, Origin>();
  /** The current search_path: unqualified names are created in the first, found in any. */
  searchPath: string[] = ['public'];
  /** Foreign keys by the file that added them (`addedBy`), in the order they were added. */
  readonly #foreignKeysByFile = new Map<string, ConstraintModel[]>();

  /** Adds constraints to a table: every constraint joins its table through here. */
  addConstraints(table: TableModel, constraints: readonly ConstraintModel[]): void {
    for (const constraint of constraints) {
      table.constraints.push(constraint);
      if (constraint.kind !== 'foreign-key') continue;
      const file = constraint.addedBy.file;
      const list = this.#foreignKeysByFile.get(file);
      if (list) list.push(constraint);
      else this.#foreignKeysByFile.set(file, [constraint]);
    }
  }

  /**
   * The foreign keys `file` added, those dropped since included: a rule that would walk every
   * table's constraints for one file's keys asks this first.
   */
  foreignKeysAddedIn(file: string): readonly ConstraintModel[] {
    return this.#foreignKeysByFile.get(file) ?? [];
  }

  /** Functions by the file that created or altered them (`createdBy`, `alteredBy`). */
  readonly #functionsByFile = new Map<string, FunctionModel[]>();

  /** Notes that `origin`'s file created or altered `fn`: whoever sets those origins calls it. */
  functionChanged(fn: FunctionModel, origin: Origin): void {
    const list = this.#functionsByFile.get(origin.file);
    if (list) list.push(fn);
    else this.#functionsByFile.set(origin.file, [fn]);
  }

  /**
   * The functions `file` created or altered, those dropped or replaced since included: a rule
   * that would walk every function for one file's asks this first.
   */
  functionsChangedIn(file: string): readonly FunctionModel[] {
    return this.#functionsByFile.get(file) ?? [];
  }

  /** Where unqualified names are created. */
  get defaultSchema(): string {
    return this.searchPath[0] ?? 'public';
  }

  /**
   * The qualified name an unqualified or qualified relation reference points to: an existing
   * relation on the search path if there is one, else the name in the default schema.
   */
  resolveRelation(schema: string | undefined, name: string): QualifiedName {
    if (schema !== undefined) return qualify(schema, name);
    for (const s of this.searchPath) {
      const q = qualify(s, name);
      if (this.tables.has(q) || this.indexes.has(q)) return q;
    }
    // pg_catalog is searched before the path (unless the path lists it later): an unqualified
    // `pg_policies` or `pg_class` that no migration created is the system catalog's.
    if (name.startsWith('pg_')) return qualify('pg_catalog', name);
    if (this.tables.has(qualify('public', name))) return qualify('public', name);
    return qualify(this.defaultSchema, name);
  }

  table(name: QualifiedName): TableModel | undefined {
    return this.tables.get(name);
  }

  column(table: QualifiedName, column: string): ColumnModel | undefined {
    return this.tables.get(table)?.columns.get(column);
  }

  /** Indexes of a table (not those Postgres dropped with their constraint). */
  indexesOf(table: QualifiedName): IndexModel[] {
    return (this.indexes.ofTable(table) ?? []).filter((i) => !i.droppedWithConstraint);
  }

  /** Index by name; an unqualified name is looked up on the search path. */
  index(name: string, schema?: string): IndexModel | undefined {
    return this.indexes.get(this.resolveRelation(schema, name));
  }

  /** A constraint of a table by name. */
  constraint(table: QualifiedName, name: string): ConstraintModel | undefined {
    return this.tables.get(table)?.constraints.find((c) => c.name === name);
  }

  /** The table whose constraint has this name, in any table of the schema. */
  tableOfConstraint(name: string): TableModel | undefined {
    for (const t of this.tables.values()) if (t.constraints.some((c) => c.name === name)) return t;
    return undefined;
  }
}
