import type { RangeVar } from 'libpg-query';
import type { SchemaModel } from '../schema/schema-model.ts';
import { type QualifiedName, qualify, splitQualified } from '../sql/names.ts';
import type { TableTrack } from './check-plan.ts';

/**
 * Follows tables through the statements of the files under check, so a check planned against
 * a table finds it under the name it has once the files ran (renames, SET SCHEMA), or knows it
 * is gone (DROP). One track per table identity; tracks are shared objects, updated in place.
 */
export class TableTracker {
  private readonly current = new Map<QualifiedName, TableTrack>();
  readonly tracks: TableTrack[] = [];

  constructor(private readonly model: SchemaModel) {}

  /** The name a relation reference points to right now. */
  resolve(rv: RangeVar | undefined): QualifiedName | undefined {
    if (rv?.relname === undefined) return undefined;
    if (rv.schemaname) return qualify(rv.schemaname, rv.relname);
    for (const name of this.current.keys()) {
      if (splitQualified(name).name === rv.relname && this.onSearchPath(name)) return name;
    }
    const resolved = this.model.resolveRelation(undefined, rv.relname);
    // pg_dump files set an empty search_path and qualify every name; fall back to public.
    return splitQualified(resolved).schema === '' ? qualify('public', rv.relname) : resolved;
  }

  /** The track of the table a reference points to, starting one if the table predates the files. */
  track(rv: RangeVar | undefined): TableTrack | undefined {
    const name = this.resolve(rv);
    if (name === undefined) return undefined;
    const existing = this.current.get(name);
    if (existing) return existing;
    const track: TableTrack = { before: name, after: name };
    this.current.set(name, track);
    this.tracks.push(track);
    return track;
  }

  created(rv: RangeVar | undefined): TableTrack | undefined {
    const name = this.resolve(rv);
    if (name === undefined) return undefined;
    const track: TableTrack = { before: null, after: name };
    this.current.set(name, track);
    this.tracks.push(track);
    return track;
  }

  moved(rv: RangeVar | undefined, to: { schema?: string; name?: string }): void {
    const track = this.track(rv);
    if (!track?.after) return;
    const from = splitQualified(track.after);
    this.current.delete(track.after);
    track.after = qualify(to.schema ?? from.schema, to.name ?? from.name);
    this.current.set(track.after, track);
  }

  dropped(name: QualifiedName): void {
    const track = this.current.get(name) ?? this.trackByName(name);
    this.current.delete(name);
    track.after = null;
  }

  private trackByName(name: QualifiedName): TableTrack {
    const track: TableTrack = { before: name, after: name };
    this.tracks.push(track);
    return track;
  }

  private onSearchPath(name: QualifiedName): boolean {
    const { schema } = splitQualified(name);
    const path = this.model.searchPath.filter((s) => s !== '');
    return (path.length > 0 ? path : ['public']).includes(schema);
  }
}
