-- PostgreSQL only: near spellings in search ("Abkhasia" finds Abkhazia) through trigram word similarity
-- (see SearchRanks). pg_trgm ships with PostgreSQL and is a trusted extension: the owner of the database
-- may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
