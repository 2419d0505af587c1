import { describeFamilies, extensionFamilies } from './support/supabase-replica.ts';

// The Supabase histories that create a native extension (citext, pg_net, pg_cron, pg_jsonschema, pgmq): each applies on the embedded
// database and on PostgreSQL 15, nothing failed or not validated.
describeFamilies(extensionFamilies);
