//! The language the command line speaks to a person: `--lang`, else `CUSTODY_LANG` (clap reads
//! both, `--lang` winning), else the signed-in person's own setting, else English. The machine's
//! `LANG` is not followed, so a script reads the same words on every computer.
//!
//! [`t!`] renders one of the command line's own lines from `crates/messages/locales/cli/`;
//! `--help` and `--json` are never translated.

use std::sync::atomic::{AtomicU8, Ordering};

use custody_api::{Lang, Languages};
use serde::Serialize;
use serde_json::{Map, Value};

/// The forced language (`--lang` or `CUSTODY_LANG`), as [`Lang::ALL`]'s index plus one; 0: none.
static FORCED: AtomicU8 = AtomicU8::new(0);
/// The language now spoken, as [`Lang::ALL`]'s index.
static SPOKEN: AtomicU8 = AtomicU8::new(0);

fn index(lang: Lang) -> u8 {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(0)
}

fn of_index(i: u8) -> Lang {
    Lang::ALL.get(usize::from(i)).copied().unwrap_or(Lang::En)
}

/// Sets the language asked for on the command line (`--lang` or `CUSTODY_LANG`), which is
/// spoken from now on, before anyone signs in and whatever the person chose.
pub fn force(lang: Option<Lang>) {
    FORCED.store(lang.map_or(0, |l| index(l) + 1), Ordering::Relaxed);
    SPOKEN.store(index(lang.unwrap_or(Lang::En)), Ordering::Relaxed);
}

/// The languages a host opened by the command line speaks: the forced one, else the person's,
/// else English (never the machine's).
pub fn languages() -> Languages {
    let forced = match FORCED.load(Ordering::Relaxed) {
        0 => None,
        i => Some(of_index(i - 1)),
    };
    Languages {
        forced,
        default: Lang::En,
    }
}

/// Speaks `lang` from now on: the signed-in person's session's language.
pub fn speak(lang: Lang) {
    SPOKEN.store(index(lang), Ordering::Relaxed);
}

/// The language now spoken.
pub fn lang() -> Lang {
    of_index(SPOKEN.load(Ordering::Relaxed))
}

/// One argument of a line, as the catalogue takes it (numbers stay numbers, for plurals).
pub fn arg<T: Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The line `id` of the command line's catalogue in the language now spoken.
pub fn text(id: &str, args: &[(&str, Value)]) -> String {
    let args: Map<String, Value> = args
        .iter()
        .map(|(name, value)| ((*name).to_string(), value.clone()))
        .collect();
    custody_messages::cli_text(lang(), id, &args)
}

/// `t!("scan-also", code = c, message = m)`: the line `scan-also` with its arguments, in the
/// language now spoken ([`text`]). Arguments are anything serializable: pass numbers as numbers
/// (plurals choose by them) and things shown by `Display` as `x.to_string()`.
macro_rules! t {
    ($id:literal) => {
        $crate::speech::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::speech::text($id, &[$((stringify!($name), $crate::speech::arg(&$value))),+])
    };
}
pub(crate) use t;

/// Table headers: each id of the catalogue in the language now spoken.
pub fn headers(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| text(id, &[])).collect()
}

/// "yes" or "no" in the language now spoken.
pub fn yes_no(yes: bool) -> String {
    if yes {
        t!("cli-yes")
    } else {
        t!("cli-no")
    }
}
