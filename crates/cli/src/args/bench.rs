//! `custody bench`: what the benchmark measures, and how much of it.

use std::path::PathBuf;

use clap::Args;

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Where to create the bulk-append databases.
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
    /// Packs for the bulk append.
    #[arg(long, default_value_t = 200_000)]
    pub units: usize,
    /// Packs per event in the bulk append.
    #[arg(long, default_value_t = 12)]
    pub per_event: usize,
    /// Single scans to time against --db.
    #[arg(long, default_value_t = 2_000)]
    pub scans: usize,
    /// Lookups to time against --db.
    #[arg(long, default_value_t = 20_000)]
    pub lookups: usize,
    /// Packs on the despatch advice imported and received against --db.
    #[arg(long, default_value_t = 100_000)]
    pub shipment: usize,
    /// Another database to run the same benchmarks on beside --db (e.g. the demo with --years
    /// 6), the two taking turns sample by sample; every figure of both is then printed side by
    /// side with the ratio OTHER / --db.
    #[arg(long, value_name = "OTHER")]
    pub compare: Option<PathBuf>,
}
