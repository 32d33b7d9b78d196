//! The command line's own errors, said when they are shown: a [`Said`] keeps a line of the
//! command line's catalogue as its id and arguments, so an error (or an error's context, such as
//! "reading FILE") reads in the session's language on the terminal and in English with `--json`.

use std::path::Path;

/// A line of the command line's catalogue kept as its id and arguments and said only when it is
/// shown: an error (or an error's context) in the language spoken when it is printed, and in
/// English for `--json`, which speaks English before it prints an error.
#[derive(Debug, Clone)]
pub struct Said {
    id: &'static str,
    args: Vec<(&'static str, serde_json::Value)>,
}

impl Said {
    /// The line `id` with its arguments ([`said!`]).
    pub fn new(id: &'static str, args: Vec<(&'static str, serde_json::Value)>) -> Said {
        Said { id, args }
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::speech::text(self.id, &self.args))
    }
}

impl std::error::Error for Said {}

/// `said!("cli-opening", file = path.display().to_string())`: as `t!`, but kept as a [`Said`]
/// (an error or a context) and rendered when shown.
macro_rules! said {
    ($id:literal) => {
        $crate::said::Said::new($id, Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::said::Said::new(
            $id,
            vec![$((stringify!($name), $crate::speech::arg(&$value))),+],
        )
    };
}
pub(crate) use said;

/// `path` as the lines that name a file show it.
pub fn shown(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use anyhow::Context as _;

    #[test]
    fn a_context_reads_as_the_catalogue_says_it_with_its_file() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory");
        let e = Err::<(), _>(io)
            .context(said!("cli-reading-file", file = "x.csv"))
            .unwrap_err();
        assert_eq!(
            crate::output::error_message(&e),
            "reading x.csv: No such file or directory",
            "in English, as the command line always said it"
        );
    }
}
