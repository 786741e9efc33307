-- PostgreSQL only: near spellings in search ("Abkhasia" finds Abkhazia) through trigram word similarity
-- (see SearchRanks). pg_trgm ships with PostgreSQL and is a trusted extension: the owner of the database,
-- or a role allowed to create in it, may create it. A role that may not starts anyway, and search then
-- finds no near spellings until an administrator runs CREATE EXTENSION pg_trgm in the database.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_trgm is not installed: search finds no near spellings';
END
$$;
