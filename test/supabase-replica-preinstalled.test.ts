import { describeFamilies, preinstalledFamilies } from './support/supabase-replica.ts';

// The Supabase histories that need no `create extension` (the search path's uuid-ossp and
// pgcrypto, Vault, Auth and Storage, pgsodium, pgjwt): each applies on the embedded database and
// on PostgreSQL 15, nothing failed or not validated.
describeFamilies(preinstalledFamilies);
