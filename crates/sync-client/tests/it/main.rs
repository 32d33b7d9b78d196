//! The site's client against real site databases: with no hub at all (`no_hub.rs`), and with a
//! hub in memory that checks every batch with the protocol crate as the real hub does
//! (`memory_hub.rs`, `push.rs`): whole ledgers pushed, lost acknowledgements, a hub restored
//! from an old backup, a clone caught as a fork, a hub going down mid-push; a site restored from
//! an old backup pulling its own events back (`restore.rs`). The client against
//! the real hub is tested once both are merged.

mod memory_hub;
mod no_hub;
mod push;
mod restore;
