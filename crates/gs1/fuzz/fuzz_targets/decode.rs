//! Fuzz target: no input, with any combination of lenient options, makes `decode` panic, and
//! every error points inside the input.
#![no_main]

use chrono::NaiveDate;
use custody_gs1::{decode, DecodeOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let Ok(raw) = std::str::from_utf8(rest) else { return };
    let mut options = DecodeOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    options.ignore_leading_gs = flags & 1 != 0;
    options.accept_gs1_in_plain_symbol = flags & 2 != 0;
    options.lenient_hri_whitespace = flags & 4 != 0;
    options.lenient_dl_gtin = flags & 8 != 0;
    if flags & 16 != 0 {
        options.gs_substitutes = vec!["~".into(), "<GS>".into(), "|".into()];
    }
    if let Err(e) = decode(raw, &options) {
        assert!(e.position <= raw.len(), "error position {} outside input of {}", e.position, raw.len());
    }
});
