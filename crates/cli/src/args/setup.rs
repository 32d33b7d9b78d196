//! `custody init`: the new site and its first administrator.

use clap::Args;

/// The site and administrator `custody init` sets up.
#[derive(Args, Debug)]
pub struct InitArgs {
    /// Short code of this site.
    #[arg(long)]
    pub site_code: String,
    /// Name of this site.
    #[arg(long)]
    pub site_name: String,
    /// Username of the first administrator.
    #[arg(long)]
    pub admin: String,
    /// Full name of the first administrator.
    #[arg(long)]
    pub admin_name: String,
}
