//! HTML for the web page: `esc` for every value that is not the page's own text, the frame
//! around each page (the menu, who is signed in, sign-out), and the response headers that keep a
//! page inert even if a value slipped through: a Content-Security-Policy that allows no script
//! at all, no sniffing, no caching of pages about patients' medicines, no framing.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::people::HubUser;

/// The style sheet, served as `/style.css` (the policy allows no inline style).
const STYLE: &str = include_str!("style.css");

/// `text` with the five characters that mean something in HTML replaced by their entities, so a
/// lot or partner code written `<script>` at a site reads as that text here.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `value` escaped, or a dash when there is none.
pub(super) fn esc_or_dash(value: Option<&str>) -> String {
    value.map(esc).unwrap_or_else(|| "–".to_string())
}

/// A time as sites and the hub write it (`2026-11-20T08:00:00.000000Z`, `…:00Z`) shown to the
/// minute (`2026-11-20 08:00 UTC`) in a `<time>` that keeps it on one line; anything else is
/// shown as it is, escaped.
pub(super) fn when(text: &str) -> String {
    let b = text.as_bytes();
    let shaped = b.len() >= 17
        && text.ends_with('Z')
        && b[10] == b'T'
        && b[4] == b'-'
        && b[13] == b':'
        && text.is_char_boundary(16);
    if shaped {
        format!(
            "<time datetime=\"{}\">{} {} UTC</time>",
            esc(text),
            esc(&text[..10]),
            esc(&text[11..16])
        )
    } else {
        esc(text)
    }
}

/// `when` for a time that may be missing, with a dash then.
pub(super) fn when_or_dash(text: Option<&str>) -> String {
    text.map(when).unwrap_or_else(|| "–".to_string())
}

/// The menu's entries: path and label.
const MENU: &[(&str, &str)] = &[
    ("/alarms", "Alarms"),
    ("/reach", "Recall reach"),
    ("/recalls", "Recalls"),
    ("/transfers", "Transfers"),
    ("/sites", "Sites"),
];

/// A page: the frame with the menu (`current` marked) and who is signed in, around `body`
/// (already HTML, built with [`esc`]).
pub(super) fn page(title: &str, current: &str, user: &HubUser, body: &str) -> Response {
    let menu: String = MENU
        .iter()
        .map(|(path, label)| {
            let mark = if *path == current {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!("<a href=\"{path}\"{mark}>{label}</a>")
        })
        .collect();
    let html = format!(
        "<header><span class=\"brand\">Custody hub</span><nav>{menu}</nav>\
         <form method=\"post\" action=\"/sign-out\" class=\"who\">\
         <span>{name} ({role})</span><button type=\"submit\">Sign out</button></form></header>\
         <main><h1>{title}</h1>{body}</main>",
        name = esc(&user.name),
        role = user.role.name(),
        title = esc(title),
    );
    document(StatusCode::OK, title, &html)
}

/// A whole document with the page's headers.
pub(super) fn document(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} · Custody hub</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\
         <body>{body}</body></html>",
        esc(title)
    );
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// The page for a failure of the hub itself: the cause goes to the operator's log, the person
/// is told to try again.
pub(super) fn failure(error: crate::HubError) -> Response {
    eprintln!("custody-hub: web page: {error}");
    document(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The hub could not answer",
        "<main><h1>The hub could not answer</h1>\
         <p>Its log says why. Try again in a moment; if it goes on, call the hub's administrator.</p>\
         <p><a href=\"/alarms\">Back to the alarms</a></p></main>",
    )
}

/// `GET /style.css`.
pub(super) async fn style() -> Response {
    let mut response = STYLE.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    response
}

/// A table's column: its heading, and whether it holds numbers (set flush right, so digits
/// line up).
#[derive(Debug, Clone, Copy)]
pub(super) enum Column<'a> {
    Text(&'a str),
    Number(&'a str),
}

/// A table: the columns, then rows of cells already HTML, one per column.
pub(super) fn table(columns: &[Column], rows: &[Vec<String>]) -> String {
    let class = |c: &Column| match c {
        Column::Text(_) => "",
        Column::Number(_) => " class=\"num\"",
    };
    let head: String = columns
        .iter()
        .map(|c| {
            let (Column::Text(label) | Column::Number(label)) = c;
            format!("<th{}>{label}</th>", class(c))
        })
        .collect();
    let body: String = rows
        .iter()
        .map(|row| {
            let cells: String = row
                .iter()
                .enumerate()
                .map(|(i, cell)| {
                    let class = columns.get(i).map(class).unwrap_or_default();
                    format!("<td{class}>{cell}</td>")
                })
                .collect();
            format!("<tr>{cells}</tr>")
        })
        .collect();
    format!("<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_value_is_shown_as_text() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"LOT\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;LOT&quot;",
            "a site's lot or partner code must never become markup on the hub's page"
        );
    }

    #[test]
    fn times_are_shown_to_the_minute_in_utc_and_anything_else_as_it_is() {
        assert_eq!(
            when("2026-11-20T08:05:59.000000Z"),
            "<time datetime=\"2026-11-20T08:05:59.000000Z\">2026-11-20 08:05 UTC</time>",
            "a site's clock as it wrote it, readable"
        );
        assert_eq!(
            when("2026-12-01T20:18:39Z"),
            "<time datetime=\"2026-12-01T20:18:39Z\">2026-12-01 20:18 UTC</time>",
            "the hub's own times read the same way"
        );
        assert_eq!(
            when("<b>yesterday</b>"),
            "&lt;b&gt;yesterday&lt;/b&gt;",
            "a time that is not one is still escaped"
        );
    }

    #[test]
    fn numbers_are_set_flush_right_in_their_column_only() {
        let html = table(
            &[Column::Text("Site"), Column::Number("Packs")],
            &[vec!["NORTH".into(), "3".into()]],
        );
        assert_eq!(
            html,
            "<table><thead><tr><th>Site</th><th class=\"num\">Packs</th></tr></thead>\
             <tbody><tr><td>NORTH</td><td class=\"num\">3</td></tr></tbody></table>",
            "digits line up under their heading; text stays flush left"
        );
    }

    #[test]
    fn a_value_in_an_attribute_cannot_close_its_quotes() {
        let value = esc("\" onfocus=\"x");
        assert!(
            !value.contains('"'),
            "a form field's value is written inside double quotes: {value}"
        );
    }
}
