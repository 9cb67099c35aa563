#!/usr/bin/env bash
# Samples, 400 times 20 ms apart, the sessions of database $1 waiting on a lock; prints the max and mean.
# Cluster directory and port as scripts/pg.sh made them (edit D and the port for another cluster).
D=/tmp/casework-pg.6ii4Zi; runuser -u postgres -- psql -X -q -h $D -p 57432 -U postgres -d postgres -c "DO \$\$ DECLARE m int := 0; c int; s int := 0; n int := 0; BEGIN FOR i IN 1..400 LOOP SELECT count(*) INTO c FROM pg_stat_activity WHERE datname='$1' AND wait_event_type='Lock'; m := greatest(m,c); s := s + c; n := n + 1; PERFORM pg_sleep(0.02); END LOOP; RAISE NOTICE 'max lock waiters %, mean %', m, round(s::numeric/n,2); END \$\$"
