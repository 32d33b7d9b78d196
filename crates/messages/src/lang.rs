//! The languages Custody speaks, and how a language is named on the command line, in the
//! environment and in a user's setting.

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the source of every catalogue.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Arabic, written right to left (with Western digits, as hospital labels are).
    Ar,
    /// English with accents and 30 % more length (`en-XA`): shows where a screen or a page
    /// would cut a longer language. Never a person's working language.
    Pseudo,
}

impl Lang {
    /// Every language, the pseudo-locale last.
    pub const ALL: [Lang; 6] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Pt,
        Lang::Ar,
        Lang::Pseudo,
    ];

    /// The languages translated from English: each must have every message English has.
    pub const TRANSLATED: [Lang; 4] = [Lang::Fr, Lang::Es, Lang::Pt, Lang::Ar];

    /// Its tag, as `--lang`, `CUSTODY_LANG` and a user's setting spell it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its name in itself, for a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Ar => "العربية",
            Lang::Pseudo => "Ƥšéûðö (en-XA)",
        }
    }

    /// Whether it is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The tag whose plural rules and number formats it uses.
    pub(crate) fn plural_tag(self) -> &'static str {
        match self {
            Lang::Pseudo => "en",
            // European Portuguese: 0 is "0 minutos" (Brazil's rules would say "0 minuto").
            Lang::Pt => "pt-PT",
            other => other.tag(),
        }
    }

    /// Its position in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// Reads a tag: `fr`, `fr-FR`, `fr_FR.UTF-8`, `pt-BR`, `ar-u-nu-latn`, `en-XA` (any case).
    /// `None` for a language Custody does not speak (and for `C` and `POSIX`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let tag = tag.replace('_', "-").to_ascii_lowercase();
        if tag == "en-xa" {
            return Some(Lang::Pseudo);
        }
        match tag.split('-').next().unwrap_or_default() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::Pt),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// The machine's language from a POSIX environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
    /// first one set), or `None` when it names none Custody speaks. `var` reads a variable.
    pub fn of_machine(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(|v| Lang::parse(&v))
            .next()
            .flatten()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::parse(s).ok_or_else(|| {
            format!(
                "Custody does not speak {s:?}: choose one of {}",
                Lang::ALL.map(Lang::tag).join(", ")
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_as_people_and_systems_write_them() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::parse("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::parse("ar-u-nu-latn"), Some(Lang::Ar));
        assert_eq!(Lang::parse("EN-xa"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("C"), None);
        assert_eq!(Lang::parse("de"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang), "{lang} reads back");
        }
    }

    #[test]
    fn the_machine_language_is_the_first_variable_set() {
        let env = |name: &str| match name {
            "LC_ALL" => Some(String::new()),
            "LANG" => Some("es_ES.UTF-8".to_string()),
            _ => None,
        };
        assert_eq!(Lang::of_machine(env), Some(Lang::Es));
        assert_eq!(Lang::of_machine(|_| None), None);
    }
}
