//! Arabic plurals from 100 up. CLDR's Arabic rule picks `few` when the last two digits are 3 to
//! 10 and `many` when they are 11 to 99 ("103 عبوات", "111 عبوة"), but the plural rules Fluent
//! uses (`intl_pluralrules` 7, CLDR 37) test the whole number, so 103 to 110 and 111 to 199 fell
//! to `other`. Until that is fixed upstream, the Arabic catalogues' number selectors go through
//! [`AR_PLURAL`], which names the right category where the library is wrong and passes every
//! other value through unchanged (so exact keys such as `[0]` and the library's answers for
//! 0 to 99 still apply).

use fluent_bundle::{FluentArgs, FluentValue};

/// The function the Arabic selectors are wrapped in.
pub(crate) const AR_PLURAL: &str = "AR_PLURAL";

/// `{ $n ->` becomes `{ AR_PLURAL($n) ->` throughout an Arabic catalogue's source.
pub(crate) fn wrap_selectors(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 256);
    let mut rest = source;
    while let Some(at) = rest.find("{ $") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let name_len = from[3..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(from.len() - 3);
        let name = &from[3..3 + name_len];
        let after = &from[3 + name_len..];
        if let Some(tail) = after.strip_prefix(" ->") {
            out.push_str(&format!("{{ {AR_PLURAL}(${name}) ->"));
            rest = tail;
        } else {
            out.push_str(&from[..3 + name_len]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The category CLDR gives a whole number `n` ≥ 100 in Arabic, where the library is wrong.
fn category(n: f64) -> Option<&'static str> {
    if n.fract() != 0.0 || n < 100.0 {
        return None;
    }
    match (n % 100.0) as u32 {
        3..=10 => Some("few"),
        11..=99 => Some("many"),
        _ => None,
    }
}

/// [`AR_PLURAL`]: the right category for the numbers the library gets wrong, else the value.
pub(crate) fn plural<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) => match category(n.value) {
            Some(c) => FluentValue::String(c.into()),
            None => FluentValue::Number(n.clone()),
        },
        Some(other) => other.clone(),
        None => FluentValue::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_number_selectors_are_wrapped() {
        let src = "a = { $count ->\n    [one] x\n   *[other] { $count } y\n} { $status }\n";
        assert_eq!(
            wrap_selectors(src),
            "a = { AR_PLURAL($count) ->\n    [one] x\n   *[other] { $count } y\n} { $status }\n"
        );
    }

    #[test]
    fn an_arabic_catalogue_says_103_and_111_packs_with_their_own_forms() {
        let packs = |count: i64| {
            let args = serde_json::json!({"count": count, "status": "in_stock"});
            let args = args.as_object().cloned().unwrap_or_default();
            crate::cli_text(crate::Lang::Ar, "history-lot-packs", &args)
        };
        assert!(packs(103).starts_with("103 عبوات"), "few: {}", packs(103));
        assert!(packs(111).starts_with("111 عبوة"), "many: {}", packs(111));
        assert!(packs(3).starts_with("3 عبوات"), "{}", packs(3));
        assert!(packs(1).starts_with("عبوة واحدة"), "{}", packs(1));
        assert!(packs(2).starts_with("عبوتان"), "{}", packs(2));
    }

    #[test]
    fn the_last_two_digits_choose_from_a_hundred_up() {
        assert_eq!(category(103.0), Some("few"));
        assert_eq!(category(110.0), Some("few"));
        assert_eq!(category(111.0), Some("many"));
        assert_eq!(category(1_099.0), Some("many"));
        for left in [3.0, 11.0, 100.0, 101.0, 102.0, 200.0, 103.5] {
            assert_eq!(category(left), None, "{left}: the library is right");
        }
    }
}
