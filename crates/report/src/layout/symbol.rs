//! GS1 DataMatrix symbols (square, FNC1 first) as the pages draw them: each horizontal run of
//! dark modules one rectangle, kept as three small numbers rather than as printpdf's path of
//! four points. Choosing a symbol's encodation is most of a sheet of labels' work, so the
//! symbols of a sheet are encoded on every core before it is laid out.

use custody_core::report::{Barcode, SymbolDrawing};
use datamatrix::{DataMatrix, SymbolList};

use super::threads;
use crate::RenderError;

/// One symbol's dark modules, in module units (x right, y down, no quiet zone).
#[derive(Debug, PartialEq)]
pub(super) struct Symbol {
    /// Modules across, and down: the symbols are square.
    side: u16,
    /// Each horizontal run of dark modules, top row first, left to right: its row, first
    /// column and length. A square DataMatrix is at most 144 modules across.
    runs: Vec<[u8; 3]>,
}

impl Symbol {
    /// The code's symbol, or why the data does not fit one.
    pub(super) fn encode(code: &Barcode) -> Result<Symbol, RenderError> {
        let symbol = DataMatrix::encode_gs1(
            code.element_string.as_bytes(),
            SymbolList::default().enforce_square(),
        )
        .map_err(|e| {
            RenderError::DataMatrix(
                code.element_string.replace('\u{1d}', "<GS>"),
                format!("{e:?}"),
            )
        })?;
        let bitmap = symbol.bitmap();
        Ok(Symbol::from_dark(bitmap.width(), bitmap.pixels()))
    }

    /// The runs of `dark` modules, given row by row and left to right within a row, as the
    /// DataMatrix bitmap gives them.
    fn from_dark(side: usize, dark: impl Iterator<Item = (usize, usize)>) -> Symbol {
        let mut runs: Vec<[u8; 3]> = Vec::new();
        for (x, y) in dark {
            // Below 256 in any DataMatrix; narrowed once here.
            let (x, y) = (x as u8, y as u8);
            match runs.last_mut() {
                Some([row, first, len]) if *row == y && *first + *len == x => *len += 1,
                _ => runs.push([y, x, 1]),
            }
        }
        Symbol {
            side: side as u16,
            runs,
        }
    }

    /// Modules across (and down).
    pub(super) fn side(&self) -> f32 {
        f32::from(self.side)
    }

    /// The dark modules as an SVG path in module units: each run a rectangle a module high.
    pub(super) fn svg_path(&self) -> String {
        use std::fmt::Write as _;
        let mut d = String::with_capacity(self.runs.len() * 14);
        for &[row, first, len] in &self.runs {
            let _ = write!(d, "M{first} {row}h{len}v1h-{len}z");
        }
        d
    }

    /// Each run as (left, top, width) in module units, a module high.
    pub(super) fn runs(&self) -> impl Iterator<Item = (u8, u8, u8)> + '_ {
        self.runs.iter().map(|&[row, first, len]| (first, row, len))
    }

    /// The symbols of `codes`, in order, encoded on every core; the first code (in order)
    /// that fits no symbol is refused.
    pub(super) fn encode_all(codes: &[Barcode]) -> Result<Vec<Symbol>, RenderError> {
        let per = codes.len().div_ceil(threads()).max(1);
        let runs: Vec<Result<Vec<Symbol>, RenderError>> = std::thread::scope(|scope| {
            let runs: Vec<_> = codes
                .chunks(per)
                .map(|chunk| scope.spawn(|| chunk.iter().map(Symbol::encode).collect()))
                .collect();
            runs.into_iter()
                .map(|run| run.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut all = Vec::with_capacity(codes.len());
        for run in runs {
            all.extend(run?);
        }
        Ok(all)
    }
}

/// The symbol of `code` as an SVG draws it, for the app's preview.
pub(crate) fn drawing(code: &Barcode) -> Result<SymbolDrawing, RenderError> {
    let symbol = Symbol::encode(code)?;
    Ok(SymbolDrawing {
        side: symbol.side,
        path: symbol.svg_path(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(element_string: &str) -> Barcode {
        Barcode {
            drawing: None,
            element_string: element_string.into(),
            lines: vec![],
        }
    }

    /// The symbol's modules, dark or light, row by row, as its runs cover them.
    fn pixels(symbol: &Symbol) -> Vec<bool> {
        let side = usize::from(symbol.side);
        let mut pixels = vec![false; side * side];
        for (left, top, width) in symbol.runs() {
            for x in left..left + width {
                let at = usize::from(top) * side + usize::from(x);
                assert!(!pixels[at], "a module is covered twice at ({x}, {top})");
                pixels[at] = true;
            }
        }
        pixels
    }

    #[test]
    fn a_run_of_dark_modules_is_one_rectangle_and_a_gap_or_a_new_row_starts_another() {
        // Row 0: modules 0, 1, 2 and 4; row 1: module 3, then 0 on row 2 (a run never wraps
        // from the end of one row to the start of the next).
        let dark = [(0, 0), (1, 0), (2, 0), (4, 0), (3, 1), (4, 1), (0, 2)];
        let symbol = Symbol::from_dark(5, dark.into_iter());
        assert_eq!(
            symbol.runs().collect::<Vec<_>>(),
            vec![(0, 0, 3), (4, 0, 1), (3, 1, 2), (0, 2, 1)],
            "every dark module must be covered exactly once, or the symbol will not scan"
        );
    }

    #[test]
    fn the_runs_cover_exactly_the_dark_modules_and_decode_to_the_element_string() {
        let element = "0109506000134352172812311 0LOT-7\u{1d}21SN0000042".replace(' ', "");
        let symbol = Symbol::encode(&code(&element)).unwrap();
        let bitmap =
            DataMatrix::encode_gs1(element.as_bytes(), SymbolList::default().enforce_square())
                .unwrap()
                .bitmap();
        let mut expected = vec![false; bitmap.width() * bitmap.height()];
        for (x, y) in bitmap.pixels() {
            expected[y * bitmap.width() + x] = true;
        }
        assert_eq!(
            pixels(&symbol),
            expected,
            "the runs draw the bitmap exactly"
        );
        let read = DataMatrix::decode(&pixels(&symbol), usize::from(symbol.side)).unwrap();
        assert_eq!(
            read,
            element.as_bytes(),
            "the symbol as drawn reads back as its data (the leading FNC1 left out)"
        );
    }

    #[test]
    fn symbols_encoded_on_every_core_are_in_order_and_the_first_refusal_is_reported() {
        let codes: Vec<Barcode> = (0..41)
            .map(|i| code(&format!("0109506000134352\u{1d}21SN{i:05}")))
            .collect();
        let one_by_one: Vec<Symbol> = codes.iter().map(|c| Symbol::encode(c).unwrap()).collect();
        assert_eq!(
            Symbol::encode_all(&codes).unwrap(),
            one_by_one,
            "each label must get its own symbol, whichever core encoded it"
        );
        let mut refused = codes;
        for i in [17, 35] {
            refused[i] = code(&format!("10{}\u{1d}21N{i}", "A".repeat(5_000)));
        }
        let Err(RenderError::DataMatrix(data, _)) = Symbol::encode_all(&refused) else {
            panic!("5,000 characters do not fit any square DataMatrix: they must be refused");
        };
        assert!(
            data.ends_with("<GS>21N17"),
            "the first label (in order) that cannot be encoded is named, its group separators \
             readable: {data}"
        );
    }
}
