-- Fills an embedded (SQLite) Vigie database seeded with the demo (`vigie seed --demo`) with
-- a backlog for the backup benchmark of BENCHMARKS.md:
--   sqlite3 data/vigie.db < tests/bench/fill_sqlite.sql
-- A million reports of the demo resident of Giromagny over two years (a description of
-- ~90 characters each, 20 % still open), each with its FILED event. Ids are random (the
-- application's are time-ordered UUIDv7: the copy's size is the same).
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE bench_source AS
  SELECT (SELECT id FROM app_user WHERE email = 'habitant.giromagny@vigie.test') AS reporter,
         (SELECT id FROM brigade WHERE code = 'COB-GIROMAGNY') AS brigade;
CREATE TEMP TABLE bench_category AS
  SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM category;
WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 1000000)
INSERT INTO report (id, reporter_id, client_request_id, fingerprint, category_code, urgency, description,
                    latitude, longitude, accuracy_meters, commune_code, brigade_id, routing_rule, status,
                    duplicate_of, observed_at, created_at, updated_at, acknowledged_at)
SELECT randomblob(16), s.reporter, 'bench-' || k.n, lower(hex(randomblob(16))), c.code, 2,
       'Une camionnette blanche tourne lentement dans le lotissement depuis une heure (' || k.n || ').',
       47.70 + (k.n % 1000) / 20000.0, 6.85 + (k.n % 997) / 20000.0, 10.0, '90052', s.brigade,
       'COMMUNE_DEFAULT', CASE WHEN k.n % 5 = 0 THEN 'SUBMITTED' ELSE 'RESOLVED' END, NULL,
       strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-' || (k.n % 730) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-' || (k.n % 730) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-' || (k.n % 730) || ' days'), NULL
FROM k, bench_source AS s JOIN bench_category AS c ON c.n = k.n % (SELECT COUNT(*) FROM bench_category);
INSERT INTO report_event (id, report_id, kind, status, public_note, internal_note, actor_id, actor_role,
                          brigade_id, at, from_brigade_id)
SELECT randomblob(16), id, 'FILED', 'SUBMITTED', NULL, NULL, reporter_id, 'RESIDENT', brigade_id, created_at, NULL
FROM report WHERE client_request_id LIKE 'bench-%';
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SELECT COUNT(*) AS reports FROM report;
