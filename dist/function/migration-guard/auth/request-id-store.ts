/**
 * Where the function remembers which signed request ids and OIDC token ids it has accepted, so a
 * captured request or token cannot be replayed. The production implementation inserts into
 * `migration_guard.request_ids` with `on conflict do nothing`.
 */
export interface RequestIdStore {
  /**
   * Record `id`; true when it was new, false when it had been accepted before (a replay).
   * Throws when the store cannot answer: that is a server error, not a refusal.
   */
  acceptOnce(id: string): Promise<boolean>;
}
