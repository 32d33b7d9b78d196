//! `custody user …`: users, their roles and passwords.

use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Add a user.
    #[command(
        after_help = "Example:\n  custody --as alice user add bob \"Bob Jones\" --role staff"
    )]
    Add {
        /// Login name.
        username: String,
        /// Full name.
        name: String,
        /// staff, manager, qa or admin.
        #[arg(long)]
        role: String,
    },
    /// List users.
    #[command(after_help = "Example:\n  custody --as alice user list")]
    List,
    /// Set a password: your own, or (administrators) anyone's, which also lifts a lockout.
    #[command(
        after_help = "The new password is asked for twice (or taken from CUSTODY_NEW_PASSWORD).\n\nExample:\n  custody --as alice user passwd bob"
    )]
    Passwd {
        /// Whose (default: yours).
        username: Option<String>,
    },
    /// Disable a user (administrators). Users are never deleted: their events name them.
    #[command(after_help = "Example:\n  custody --as alice user disable bob")]
    Disable {
        /// Login name.
        username: String,
    },
    /// Enable a disabled user again.
    #[command(after_help = "Example:\n  custody --as alice user enable bob")]
    Enable {
        /// Login name.
        username: String,
    },
    /// The changes to a user's account, from the ledger: added, role changes, disabled, enabled.
    #[command(after_help = "Example:\n  custody --as alice user history bob")]
    History {
        /// Login name.
        username: String,
    },
    /// Your own language: what Custody says to you, here and in the app (--lang and
    /// CUSTODY_LANG still win for one command). Without a tag, shows it.
    #[command(
        after_help = "Tags: en, fr, es, pt, ar (en-XA: English accented and longer, to check a layout). Without a\nchoice the command line speaks English and the app the computer's language.\n\nExamples:\n  custody --as alice user language fr\n  custody --as alice user language\n  custody --as alice user language --clear"
    )]
    Language {
        /// The language's tag.
        #[arg(value_name = "TAG", conflicts_with = "clear")]
        tag: Option<String>,
        /// Forget your choice.
        #[arg(long)]
        clear: bool,
    },
    /// Change a user's role (administrators); recorded on the ledger. The last active
    /// administrator cannot be demoted.
    #[command(after_help = "Example:\n  custody --as alice user role bob manager")]
    Role {
        /// Login name.
        username: String,
        /// staff, manager, qa or admin.
        role: String,
    },
}
