//! The pseudo-locale: English with every letter accented and a third more length, so a
//! screenshot shows what a longer language would cut, and a sentence left in English (never
//! through the catalogue) stands out unaccented.

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

/// Accents the letters of a rendered message outside its arguments (which Fluent wraps in
/// U+2068 … U+2069), drops those marks, and pads the result by 30 % inside brackets.
pub(crate) fn localize(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() * 2);
    let mut depth = 0usize;
    for c in rendered.chars() {
        match c {
            '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            c if depth == 0 => {
                out.push(accent(c));
            }
            c => out.push(c),
        }
    }
    // The brackets and the space count towards the 30 %.
    let pad = (out.chars().count() * 3)
        .div_ceil(10)
        .saturating_sub(3)
        .max(1);
    format!("[{out} {}]", "·".repeat(pad))
}

fn accent(c: char) -> char {
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_arguments_kept_and_the_text_is_longer() {
        let text = localize("Pack \u{2068}SN-1\u{2069} is recalled.");
        assert_eq!(text, "[Þàçķ SN-1 îš ŕéçàļļéð. ····]");
        assert!(text.chars().count() as f64 >= "Pack SN-1 is recalled.".len() as f64 * 1.3);
    }
}
