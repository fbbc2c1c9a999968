-- Nothing to do in SQLite: name keys already compare and sort in byte order (the BINARY collation).
-- PostgreSQL's 013 gives its name-key columns the "C" collation so that both stores order them alike.
SELECT 1;
