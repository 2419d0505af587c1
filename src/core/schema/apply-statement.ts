import type { Node } from 'libpg-query';
import { listName } from '../sql/names.ts';
import { kindOf, nodeAs } from '../sql/statement.ts';
import { replayAlterTable } from './apply-alter-table.ts';
import { replayComment } from './apply-comment.ts';
import { replayCreateTable, replayCreateTableAs } from './apply-create-table.ts';
import {
  replayCopy,
  replayInsert,
  replayRefreshMatView,
  replayUpdate,
} from './apply-data-change.ts';
import { replayDrop } from './apply-drop.ts';
import {
  replayCreateExtension,
  replayDropExtension,
  replayExtensionSchema,
} from './apply-extension.ts';
import { replayCreateForeignTable, replayImportForeignSchema } from './apply-foreign-table.ts';
import {
  replayAlterFunction,
  replayFunction,
  replayFunctionSchema,
  replayGrant,
} from './apply-function.ts';
import { replayCreateIndex } from './apply-index.ts';
import { replayAlterPolicy, replayCreatePolicy } from './apply-policy.ts';
import { replayBucketDelete, replayBucketInsert, replayBucketUpdate } from './apply-storage.ts';
import { replayDefaultPrivileges, replayRelationGrant } from './apply-privileges.ts';
import { replayQueueCalls } from './apply-queue.ts';
import { replayRelationSchema, replayRename } from './apply-rename.ts';
import { replaySearchPath } from './apply-search-path.ts';
import { replayCreateTrigger, replayDropTrigger } from './apply-trigger.ts';
import { replayView } from './apply-view.ts';
import { relationName } from './relation-names.ts';
import type { Origin, SchemaModel } from './schema-model.ts';

/**
 * Replay one statement onto the schema model: what Postgres would create, change or drop.
 * Statements the model does not track leave it unchanged. Each kind of statement has its
 * replay in an `apply-*.ts` module of its own; this is only the dispatch.
 */
export function applyStatement(model: SchemaModel, node: Node, origin: Origin): void {
  switch (kindOf(node)) {
    case 'CreateStmt':
      replayCreateTable(model, nodeAs(node, 'CreateStmt')!, origin);
      return;
    case 'CreateTableAsStmt':
      replayCreateTableAs(model, nodeAs(node, 'CreateTableAsStmt')!, origin);
      return;
    case 'ViewStmt':
      replayView(model, nodeAs(node, 'ViewStmt')!, origin);
      return;
    case 'AlterTableStmt':
      replayAlterTable(model, nodeAs(node, 'AlterTableStmt')!, origin);
      return;
    case 'IndexStmt':
      replayCreateIndex(model, nodeAs(node, 'IndexStmt')!, origin);
      return;
    case 'CreateForeignTableStmt':
      replayCreateForeignTable(model, nodeAs(node, 'CreateForeignTableStmt')!, origin);
      return;
    case 'ImportForeignSchemaStmt':
      replayImportForeignSchema(model, nodeAs(node, 'ImportForeignSchemaStmt')!, origin);
      return;
    case 'DropStmt':
      // Triggers first: the dropped table's name is resolved while the table still exists.
      replayDropTrigger(model, nodeAs(node, 'DropStmt')!);
      replayDrop(model, nodeAs(node, 'DropStmt')!);
      replayDropExtension(model, nodeAs(node, 'DropStmt')!);
      return;
    case 'CreateTrigStmt':
      replayCreateTrigger(model, nodeAs(node, 'CreateTrigStmt')!);
      return;
    case 'RenameStmt':
      replayRename(model, nodeAs(node, 'RenameStmt')!);
      return;
    case 'AlterObjectSchemaStmt': {
      const stmt = nodeAs(node, 'AlterObjectSchemaStmt')!;
      replayFunctionSchema(model, stmt);
      replayRelationSchema(model, stmt);
      replayExtensionSchema(model, stmt, origin);
      return;
    }
    case 'CreatePolicyStmt':
      replayCreatePolicy(model, nodeAs(node, 'CreatePolicyStmt')!, origin);
      return;
    case 'AlterPolicyStmt':
      replayAlterPolicy(model, nodeAs(node, 'AlterPolicyStmt')!);
      return;
    case 'CommentStmt':
      replayComment(model, nodeAs(node, 'CommentStmt')!, origin);
      return;
    case 'CreateFunctionStmt':
      replayFunction(model, nodeAs(node, 'CreateFunctionStmt')!, origin);
      return;
    case 'AlterFunctionStmt':
      replayAlterFunction(model, nodeAs(node, 'AlterFunctionStmt')!, origin);
      return;
    case 'GrantStmt':
      replayGrant(model, nodeAs(node, 'GrantStmt')!, origin);
      replayRelationGrant(model, nodeAs(node, 'GrantStmt')!);
      return;
    case 'AlterDefaultPrivilegesStmt':
      replayDefaultPrivileges(model, nodeAs(node, 'AlterDefaultPrivilegesStmt')!);
      return;
    case 'CreateSchemaStmt': {
      const name = nodeAs(node, 'CreateSchemaStmt')!.schemaname;
      if (name) model.schemas.add(name);
      return;
    }
    case 'CreateExtensionStmt':
      replayCreateExtension(model, nodeAs(node, 'CreateExtensionStmt')!, origin, applyStatement);
      return;
    case 'SelectStmt':
      replayQueueCalls(model, node, origin);
      return;
    case 'CreateEnumStmt':
      model.types.add(listName(nodeAs(node, 'CreateEnumStmt')!.typeName, model.defaultSchema));
      return;
    case 'CompositeTypeStmt':
      model.types.add(relationName(model, nodeAs(node, 'CompositeTypeStmt')!.typevar));
      return;
    case 'CreateDomainStmt':
      model.types.add(listName(nodeAs(node, 'CreateDomainStmt')!.domainname, model.defaultSchema));
      return;
    case 'VariableSetStmt':
      replaySearchPath(model, nodeAs(node, 'VariableSetStmt')!);
      return;
    case 'InsertStmt':
      replayInsert(model, nodeAs(node, 'InsertStmt')!);
      replayBucketInsert(model, nodeAs(node, 'InsertStmt')!, origin);
      return;
    case 'RefreshMatViewStmt':
      replayRefreshMatView(model, nodeAs(node, 'RefreshMatViewStmt')!);
      return;
    case 'CopyStmt':
      replayCopy(model, nodeAs(node, 'CopyStmt')!);
      return;
    case 'UpdateStmt':
      replayUpdate(model, nodeAs(node, 'UpdateStmt')!);
      replayBucketUpdate(model, nodeAs(node, 'UpdateStmt')!, origin);
      return;
    case 'DeleteStmt':
      replayBucketDelete(model, nodeAs(node, 'DeleteStmt')!);
      return;
    default:
      return;
  }
}
