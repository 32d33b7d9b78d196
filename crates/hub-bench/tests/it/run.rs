//! Every measurement of the hub's benchmark, tiny.

use custody_hub_bench::{run, Options};

fn cluster() -> String {
    std::env::var("CUSTODY_TEST_PG").unwrap_or_else(|_| {
        panic!(
            "CUSTODY_TEST_PG is not set: the hub's benchmark needs a PostgreSQL cluster; run it \
             through scripts/with-postgres.sh (e.g. scripts/with-postgres.sh cargo test -p custody-hub-bench)"
        )
    })
}

#[test]
fn the_hub_benchmark_runs_tiny_and_its_figures_add_up() {
    let options = Options {
        sites: 3,
        events: 1_200,
        batch: 500,
        month_events: 700,
        reach_queries: 10,
        alarm_trials: 5,
    };
    let f = run(&cluster(), &options).expect("the tiny benchmark runs");
    assert_eq!(
        f.pushed, 3_600,
        "the hub holds every event of every site, each once (the run checks it too)"
    );
    assert_eq!(
        f.lines,
        3 * 120 * 17,
        "a cycle of ten events carries 17 lines: eight received, six dispensed, one sent, one \
         received from the neighbour, one quarantined"
    );
    assert!(
        f.reach.2 > 0,
        "a recall of a lot the sites received finds packs"
    );
    let tables: Vec<&str> = f.sizes.iter().map(|(t, _)| t.as_str()).collect();
    for table in ["event", "event_line", "unit_state", "scratch_event"] {
        assert!(
            tables.contains(&table),
            "the sizes list {table}: {tables:?}"
        );
    }
    let table = f.table();
    for figure in [
        "push / COPY",
        "catch-up",
        "recall reach",
        "alarm visible",
        "size of event",
    ] {
        assert!(table.contains(figure), "the table shows {figure}:\n{table}");
    }
    assert_eq!(
        scratch_databases_left(&cluster()),
        0,
        "the run drops its databases, the COPY's and the push's, so repeated runs never fill the \
         disk"
    );
}

/// Databases on the cluster a run of the benchmark made (`hub_bench_…`, `hub_bench_copy_…`).
fn scratch_databases_left(cluster: &str) -> i64 {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime for one query");
    rt.block_on(async {
        let (client, connection) = tokio_postgres::connect(cluster, tokio_postgres::NoTls)
            .await
            .expect("the cluster answers");
        tokio::spawn(connection);
        client
            .query_one(
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'hub\\_bench%'",
                &[],
            )
            .await
            .expect("the cluster lists its databases")
            .get(0)
    })
}
