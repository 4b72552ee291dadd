-- Fills a PostgreSQL Vigie database (migrated, seeded with the demo data, every commune of
-- France imported) with a realistic backlog for the read benchmarks of BENCHMARKS.md (P3):
--   psql -v reports=1000000 -v residents=50000 -f tests/bench/fill.sql "$DATABASE_URL"
-- Everything is generated inside the server (INSERT … SELECT over generate_series), so a
-- million reports take about a minute.
--
-- * Brigades: the communes of each département in code order, twelve to a brigade (≈ 3,000
--   brigades for France, about the count of gendarmerie brigades and police stations).
-- * Where reports come from: a Zipf law (exponent 0.8) over the communes in random order —
--   the busiest commune gets ≈ 2.8 % of all reports (Paris is 3 % of the population), the
--   median one about ten, many none. Residents are spread by the same weights.
-- * Ages: uniform over two years; categories uniform; 20 % still open (SUBMITTED,
--   ACKNOWLEDGED, IN_PROGRESS), the rest resolved, rejected or duplicates; every report has
--   its FILED event, an acknowledgement event when it got that far, a closing event when
--   closed.
-- * Accounts the benchmark signs in with (the demo passwords): `staff.<brigade code>@bench.vigie.test`
--   (brigade-demo-90) for the brigade with the most open reports, `maire.<commune>@bench.vigie.test`
--   (commune-demo-90) for the busiest commune, residents `r<k>.<commune>@bench.vigie.test`
--   (habitant-demo-90). The last query prints them.
\set ON_ERROR_STOP on
\timing on
SELECT setseed(0.9);

BEGIN;
CREATE TEMP TABLE bench_group ON COMMIT DROP AS
  SELECT code, department, (row_number() OVER (PARTITION BY department ORDER BY code) - 1) / 12 AS n
  FROM commune WHERE code NOT LIKE '90%';
INSERT INTO brigade (id, code, name, kind, department, created_at, updated_at)
  SELECT gen_random_uuid(), 'BENCH-' || department || '-' || n, 'Brigade de test ' || department || '-' || n,
         'GENDARMERIE', department, now(), now()
  FROM bench_group GROUP BY department, n;
UPDATE commune c SET brigade_id = b.id, participating = true
  FROM bench_group g JOIN brigade b ON b.code = 'BENCH-' || g.department || '-' || g.n
  WHERE c.code = g.code;
UPDATE commune SET participating = true WHERE brigade_id IS NOT NULL;
COMMIT;

-- Weights: Zipf over a random order of the communes, and a point of each boundary.
CREATE TABLE bench_commune AS
  SELECT code, brigade_id, rank, weight, sum(weight) OVER (ORDER BY rank) - weight AS below, lat, lon
  FROM (
    SELECT code, brigade_id, rank, power(rank, -0.8) AS weight, lat, lon
    FROM (
      SELECT code, brigade_id, row_number() OVER (ORDER BY random()) AS rank,
             (CASE WHEN boundary::json->>'type' = 'Polygon' THEN boundary::json#>>'{coordinates,0,0,1}'
                   ELSE boundary::json#>>'{coordinates,0,0,0,1}' END)::float8 AS lat,
             (CASE WHEN boundary::json->>'type' = 'Polygon' THEN boundary::json#>>'{coordinates,0,0,0}'
                   ELSE boundary::json#>>'{coordinates,0,0,0,0}' END)::float8 AS lon
      FROM commune WHERE brigade_id IS NOT NULL
    ) ranked
  ) weighted;
-- 100,000 slots shared by weight: a report draws one slot, hence one commune.
CREATE TABLE bench_slot AS
  WITH total AS (SELECT sum(weight) AS w FROM bench_commune)
  SELECT s AS slot, c.code
  FROM bench_commune c, total, generate_series(ceil(c.below / total.w * 100000 - 0.5)::int,
                                               ceil((c.below + c.weight) / total.w * 100000 - 0.5)::int - 1) s
  WHERE s BETWEEN 0 AND 99999;
CREATE UNIQUE INDEX ON bench_slot (slot) INCLUDE (code);
ANALYZE bench_slot;

-- Residents: at least one per commune that has a slot, the rest by weight.
CREATE TABLE bench_per AS
  SELECT code, greatest(1, round(:residents * weight / (SELECT sum(weight) FROM bench_commune)))::int AS n
  FROM bench_commune WHERE code IN (SELECT code FROM bench_slot);
CREATE UNIQUE INDEX ON bench_per (code) INCLUDE (n);
CREATE TABLE bench_resident AS
  SELECT per.code, k, gen_random_uuid() AS id FROM bench_per per, generate_series(1, per.n) k;
CREATE UNIQUE INDEX ON bench_resident (code, k) INCLUDE (id);
ANALYZE bench_resident;
INSERT INTO app_user (id, email, password_hash, display_name, role, commune_code, enrolment_status, sms_alerts,
                      national_admin, commander, created_at, updated_at)
  SELECT r.id, 'r' || r.k || '.' || r.code || '@bench.vigie.test',
         (SELECT password_hash FROM app_user WHERE email = 'habitant.giromagny@vigie.test'),
         'Habitant ' || r.k, 'RESIDENT', r.code, 'APPROVED', false, false, false, now(), now()
  FROM bench_resident r;

-- Reports, time-ordered ids (UUIDv7 of their filing time) like the ones Vigie writes.
CREATE TEMP TABLE bench_category AS SELECT row_number() OVER (ORDER BY code) AS n, code, urgency FROM category;
CREATE TEMP TABLE bench_report AS
  SELECT i, floor(random() * 100000)::int AS slot, random() AS draw,
         1 + floor(random() * (SELECT count(*) FROM bench_category))::int AS category,
         now() - random() * interval '730 days' AS created, random() AS fate
  FROM generate_series(1, :reports) i;
INSERT INTO report (id, reporter_id, client_request_id, fingerprint, category_code, urgency, description,
                    latitude, longitude, accuracy_meters, commune_code, brigade_id, routing_rule, status,
                    observed_at, created_at, updated_at, acknowledged_at)
  SELECT (lpad(to_hex((extract(epoch FROM b.created) * 1000)::bigint), 12, '0') || '7'
          || substr(md5(b.i::text), 1, 3) || '8' || substr(md5(b.i::text || 'v7'), 1, 15))::uuid,
         r.id, 'fill-' || b.i, md5(b.i::text), cat.code, cat.urgency,
         'Signalement de test numéro ' || b.i || ' : un véhicule stationne depuis plusieurs heures.',
         c.lat, c.lon, 10, c.code, c.brigade_id, 'COMMUNE_DEFAULT',
         CASE WHEN b.fate < 0.08 THEN 'SUBMITTED' WHEN b.fate < 0.14 THEN 'ACKNOWLEDGED'
              WHEN b.fate < 0.20 THEN 'IN_PROGRESS' WHEN b.fate < 0.80 THEN 'RESOLVED'
              WHEN b.fate < 0.95 THEN 'REJECTED' ELSE 'DUPLICATE' END,
         b.created - interval '20 minutes', b.created, b.created + interval '2 days',
         CASE WHEN b.fate >= 0.08 THEN b.created + (b.draw * interval '6 hours') END
  FROM bench_report b
  JOIN bench_slot s ON s.slot = b.slot
  JOIN bench_commune c ON c.code = s.code
  JOIN bench_category cat ON cat.n = b.category
  JOIN bench_per p ON p.code = c.code
  JOIN bench_resident r ON r.code = c.code AND r.k = 1 + floor(b.draw * 7919)::int % p.n;

INSERT INTO report_event (id, report_id, kind, status, actor_id, actor_role, brigade_id, at)
  SELECT gen_random_uuid(), id, 'FILED', 'SUBMITTED', reporter_id, 'RESIDENT', brigade_id, created_at
  FROM report WHERE client_request_id LIKE 'fill-%';
INSERT INTO report_event (id, report_id, kind, status, public_note, actor_id, actor_role, at)
  SELECT gen_random_uuid(), id, 'STATUS_CHANGED', 'ACKNOWLEDGED', 'Votre signalement a été pris en compte.',
         reporter_id, 'BRIGADE_STAFF', acknowledged_at
  FROM report WHERE client_request_id LIKE 'fill-%' AND acknowledged_at IS NOT NULL;
INSERT INTO report_event (id, report_id, kind, status, actor_id, actor_role, at)
  SELECT gen_random_uuid(), id, 'STATUS_CHANGED', status, reporter_id, 'BRIGADE_STAFF', updated_at
  FROM report WHERE client_request_id LIKE 'fill-%' AND status IN ('RESOLVED', 'REJECTED', 'DUPLICATE', 'IN_PROGRESS');

-- The accounts the benchmark signs in with.
INSERT INTO app_user (id, email, password_hash, display_name, role, brigade_id, sms_alerts, national_admin,
                      commander, created_at, updated_at)
  SELECT gen_random_uuid(), 'staff.' || lower(b.code) || '@bench.vigie.test',
         (SELECT password_hash FROM app_user WHERE email = 'gendarme.giromagny@vigie.test'),
         'Gendarme de test', 'BRIGADE_STAFF', b.id, false, false, false, now(), now()
  FROM brigade b
  WHERE b.id = (SELECT brigade_id FROM report WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')
                GROUP BY brigade_id ORDER BY count(*) DESC LIMIT 1);
WITH top AS (SELECT code FROM bench_commune ORDER BY rank LIMIT 1),
mayor AS (
  INSERT INTO app_user (id, email, password_hash, display_name, role, title, sms_alerts, national_admin,
                        commander, created_at, updated_at)
    SELECT gen_random_uuid(), 'maire.' || top.code || '@bench.vigie.test',
           (SELECT password_hash FROM app_user WHERE email = 'maire.giromagny@vigie.test'),
           'Maire de test', 'COORDINATOR', 'MAYOR', false, false, false, now(), now()
    FROM top RETURNING id, email)
INSERT INTO coordinator_commune (user_id, commune_code) SELECT mayor.id, top.code FROM mayor, top;

DROP TABLE bench_slot;
DROP TABLE bench_resident;
DROP TABLE bench_per;
ANALYZE;
SELECT (SELECT count(*) FROM report) AS reports, (SELECT count(*) FROM report_event) AS events,
       (SELECT count(*) FROM app_user WHERE role = 'RESIDENT') AS residents,
       (SELECT count(*) FROM brigade) AS brigades;
SELECT 'staff' AS account, u.email, count(*) FILTER (WHERE r.status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')) AS open_reports, count(*) AS reports
  FROM app_user u JOIN report r ON r.brigade_id = u.brigade_id
  WHERE u.email LIKE 'staff.%@bench.vigie.test' GROUP BY u.email
UNION ALL
SELECT 'commune', c.code, count(*) FILTER (WHERE r.created_at > now() - interval '1 year'), count(*)
  FROM bench_commune c JOIN report r ON r.commune_code = c.code WHERE c.rank = 1 GROUP BY c.code;
DROP TABLE bench_commune;
