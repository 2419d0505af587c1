import { describeFamilies, largeExtensionFamilies } from './support/supabase-replica.ts';

// The Supabase histories that create one of the large native extensions (PostGIS, plv8, pgTAP, TimescaleDB): each applies on the embedded
// database and on PostgreSQL 15, nothing failed or not validated.
describeFamilies(largeExtensionFamilies);
