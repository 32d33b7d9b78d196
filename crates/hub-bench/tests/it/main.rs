//! The hub's benchmark at a tiny size, so `make test` proves it runs and checks its own figures.
//! Run through `scripts/with-postgres.sh` (it needs `CUSTODY_TEST_PG`).

mod run;
