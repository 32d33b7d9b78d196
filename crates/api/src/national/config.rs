//! Where the national systems are and who the site is to them: a TOML file of the site's, never
//! in the database, its backups or the hub (it names the certificate files; the key stays where
//! the administrator put it). By default `national.toml` beside the database; the environment
//! variable `CUSTODY_NATIONAL_CONFIG` names another. No file: nothing is sent, the queue waits.
//!
//! ```toml
//! [nmvs.EU-DE]                      # one table per EU market the site answers to
//! base_url = "https://nmvs.example.de/api"
//! user = "custody-pharmacy-12"      # the site's user with the NMVS
//! location = "DE-PH-0012"           # the premises' id
//! client_cert = "certs/site.pem"    # paths relative to this file
//! client_key = "certs/site.key"
//! # ca = "certs/nmvs-ca.pem"        # instead of the public roots
//! # timeout_ms = 20000              # connecting to last byte
//! # connect_timeout_ms = 5000
//!
//! [vrs]                             # the US verification router
//! base_url = "https://vrs.example.com"
//! requestor_gln = "0614141000005"
//! ```
//!
//! Every key is checked: a key the file should not have (a misspelt `client_cert`) is refused
//! with its line, never ignored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use custody_national::client::{ConfigError, Endpoint, NmvsClient, NmvsConfig, TlsFiles};
use custody_national::client::{VrsClient, VrsConfig};
use custody_national::drain::Systems;
use custody_national::protocol::us::Context;
use custody_national::protocol::Market;
use serde::Deserialize;
use serde_json::Value;

use crate::error::{args, ApiError, Result};

/// The environment variable naming the file instead of `national.toml` beside the database.
pub const CONFIG_VARIABLE: &str = "CUSTODY_NATIONAL_CONFIG";

/// The file's name beside the database.
pub const CONFIG_FILE: &str = "national.toml";

/// The national systems' file, as read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalConfig {
    /// Each EU market's NMVS, by market (`EU-DE`).
    #[serde(default)]
    pub nmvs: BTreeMap<String, NmvsEntry>,
    /// The US router.
    pub vrs: Option<VrsEntry>,
}

/// One NMVS.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NmvsEntry {
    /// Its address.
    pub base_url: String,
    /// The site's user with it.
    pub user: String,
    /// The premises' id.
    pub location: String,
    /// How the connection is made.
    #[serde(flatten)]
    pub connection: Connection,
}

/// The US verification router.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VrsEntry {
    /// Its address.
    pub base_url: String,
    /// The site's GLN.
    pub requestor_gln: String,
    /// How the connection is made.
    #[serde(flatten)]
    pub connection: Connection,
}

/// Timeouts and certificate files, shared by both kinds of system.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Connection {
    /// Connecting to last byte, in milliseconds.
    pub timeout_ms: Option<u64>,
    /// Connecting, in milliseconds.
    pub connect_timeout_ms: Option<u64>,
    /// The CA the server's certificate must chain to.
    pub ca: Option<PathBuf>,
    /// The client certificate chain.
    pub client_cert: Option<PathBuf>,
    /// Its private key.
    pub client_key: Option<PathBuf>,
}

/// The file for the database at `db`: the environment's, else `national.toml` beside it.
pub fn config_path(db: &Path) -> PathBuf {
    match std::env::var_os(CONFIG_VARIABLE) {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => db
            .parent()
            .map_or_else(|| PathBuf::from(CONFIG_FILE), |d| d.join(CONFIG_FILE)),
    }
}

/// A refusal `code` about the file at `path`, for `reason`: the national module's one shape.
pub(super) fn about(code: &str, path: &Path, reason: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        code,
        args([
            ("path", Value::from(path.display().to_string())),
            ("reason", Value::from(reason.to_string())),
        ]),
    )
}

fn invalid(path: &Path, reason: impl std::fmt::Display) -> ApiError {
    about("national.config_invalid", path, reason)
}

/// The file at `path`, or none when there is no file. One that cannot be read or does not
/// hold what it should is refused, saying what and where.
pub fn load(path: &Path) -> Result<Option<NationalConfig>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(invalid(path, e)),
    };
    let config: NationalConfig = toml::from_str(&text).map_err(|e| invalid(path, e))?;
    let halves = config
        .nmvs
        .iter()
        .map(|(m, e)| (format!("[nmvs.{m}]"), &e.connection))
        .chain(
            config
                .vrs
                .iter()
                .map(|v| ("[vrs]".to_string(), &v.connection)),
        );
    for (table, c) in halves {
        if c.client_cert.is_some() != c.client_key.is_some() {
            return Err(invalid(
                path,
                format!("{table}: client_cert and client_key go together: give both or neither"),
            ));
        }
    }
    for market in config.nmvs.keys() {
        match Market::parse(market) {
            Ok(Market::Eu(_)) => {}
            _ => {
                return Err(invalid(
                    path,
                    format!("[nmvs.{market}]: a market is EU- and a two-letter country code"),
                ))
            }
        }
    }
    Ok(Some(config))
}

impl Connection {
    /// The endpoint at `base_url`, relative file names read from `dir`.
    fn endpoint(&self, base_url: &str, dir: &Path) -> Endpoint {
        let mut endpoint = Endpoint::new(base_url);
        if let Some(t) = self.timeout_ms {
            endpoint.timeout_ms = t;
        }
        if let Some(t) = self.connect_timeout_ms {
            endpoint.connect_timeout_ms = t;
        }
        let beside = |p: &Option<PathBuf>| p.as_ref().map(|p| dir.join(p));
        endpoint.tls = TlsFiles {
            ca: beside(&self.ca),
            client_cert: beside(&self.client_cert),
            client_key: beside(&self.client_key),
        };
        endpoint
    }
}

/// The clients `config` (read from `path`) describes, their certificate files read now.
pub fn systems(config: &NationalConfig, path: &Path) -> Result<Systems> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let bad = |what: String, e: ConfigError| invalid(path, format!("{what}: {e}"));
    let mut systems = Systems::new();
    for (market, entry) in &config.nmvs {
        let parsed = Market::parse(market).map_err(|e| invalid(path, e))?;
        let client = NmvsClient::new(&NmvsConfig {
            endpoint: entry.connection.endpoint(&entry.base_url, dir),
            user: entry.user.clone(),
            location: entry.location.clone(),
        })
        .map_err(|e| bad(format!("[nmvs.{market}]"), e))?;
        systems = systems.with_nmvs(parsed, client);
    }
    if let Some(vrs) = &config.vrs {
        let client = VrsClient::new(&VrsConfig {
            endpoint: vrs.connection.endpoint(&vrs.base_url, dir),
            requestor_gln: vrs.requestor_gln.clone(),
        })
        .map_err(|e| bad("[vrs]".into(), e))?;
        // A dispenser verifies at receipt what it holds as suspect.
        systems = systems.with_vrs(client, Context::Suspect);
    }
    Ok(systems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Option<NationalConfig>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(CONFIG_FILE);
        std::fs::write(&path, text).unwrap();
        load(&path)
    }

    #[test]
    fn a_site_file_names_each_market_and_its_certificates() {
        let config = read(
            r#"
            [nmvs.EU-DE]
            base_url = "https://nmvs.example.de/api"
            user = "custody-12"
            location = "DE-PH-12"
            client_cert = "certs/site.pem"
            client_key = "certs/site.key"
            timeout_ms = 9000

            [vrs]
            base_url = "https://vrs.example.com"
            requestor_gln = "0614141000005"
            "#,
        )
        .unwrap()
        .unwrap();
        let de = &config.nmvs["EU-DE"];
        assert_eq!(de.user, "custody-12");
        assert_eq!(de.connection.timeout_ms, Some(9000));
        let endpoint = de
            .connection
            .endpoint(&de.base_url, Path::new("/etc/custody"));
        assert_eq!(
            endpoint.tls.client_cert,
            Some(PathBuf::from("/etc/custody/certs/site.pem")),
            "a certificate's path is read beside the file"
        );
        assert_eq!(endpoint.connect_timeout_ms, 5_000, "the default stays");
        assert_eq!(config.vrs.unwrap().requestor_gln, "0614141000005");
    }

    #[test]
    fn a_misspelt_key_or_a_market_that_is_not_one_is_refused_never_ignored() {
        let misspelt = read(
            "[nmvs.EU-DE]\nbase_url = \"https://a.example\"\nuser = \"u\"\nlocation = \"l\"\nclient_certificate = \"x.pem\"\n",
        )
        .unwrap_err();
        assert_eq!(misspelt.code, "national.config_invalid");
        let reason = misspelt.args["reason"].as_str().unwrap().to_string();
        assert!(reason.contains("client_certificate"), "{reason}");
        let market =
            read("[nmvs.DE]\nbase_url = \"https://a.example\"\nuser = \"u\"\nlocation = \"l\"\n")
                .unwrap_err();
        assert!(market.args["reason"]
            .as_str()
            .unwrap()
            .contains("[nmvs.DE]"));
        let missing = read("[vrs]\nbase_url = \"https://a.example\"\n").unwrap_err();
        assert!(missing.args["reason"]
            .as_str()
            .unwrap()
            .contains("requestor_gln"));
    }

    #[test]
    fn no_file_is_no_system_and_an_address_that_is_not_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("none.toml")).unwrap(), None);
        let config = read(
            "[nmvs.EU-FR]\nbase_url = \"http://nmvs.example.fr\"\nuser = \"u\"\nlocation = \"l\"\n",
        )
        .unwrap()
        .unwrap();
        let refused = systems(&config, Path::new("/etc/custody/national.toml")).unwrap_err();
        assert!(
            refused.args["reason"]
                .as_str()
                .unwrap()
                .starts_with("[nmvs.EU-FR]"),
            "plain http only on loopback: {refused:?}"
        );
    }
}
