//! The demo hospital's catalogue: real-looking medicines (generic, strength, form, pack size,
//! manufacturer, cold chain, controlled) with a mix of identifier styles seen on real packs (EU
//! GTINs, US NDC-based GTINs, German PZN-based NTINs), and lot-tracked consumables.

use crate::model::*;

use super::rng::Rng;
use super::scale::Params;

/// Generic names, with the strengths and dosage forms each comes in.
const GENERICS: &[(&str, &[&str], &[&str])] = &[
    (
        "Amoxicillin",
        &["250 mg", "500 mg"],
        &["capsules", "oral suspension"],
    ),
    (
        "Paracetamol",
        &["500 mg", "1 g/100 mL"],
        &["tablets", "infusion"],
    ),
    ("Ibuprofen", &["200 mg", "400 mg"], &["tablets"]),
    (
        "Morphine sulfate",
        &["10 mg/mL", "30 mg"],
        &["injection", "modified-release tablets"],
    ),
    (
        "Enoxaparin",
        &["40 mg/0.4 mL", "80 mg/0.8 mL"],
        &["prefilled syringes"],
    ),
    ("Ceftriaxone", &["1 g", "2 g"], &["powder for injection"]),
    ("Metformin", &["500 mg", "850 mg"], &["tablets"]),
    ("Atorvastatin", &["20 mg", "40 mg"], &["tablets"]),
    (
        "Omeprazole",
        &["20 mg", "40 mg"],
        &["gastro-resistant capsules", "powder for infusion"],
    ),
    ("Insulin glargine", &["100 units/mL"], &["prefilled pens"]),
    ("Insulin aspart", &["100 units/mL"], &["cartridges"]),
    ("Salbutamol", &["100 mcg/dose"], &["inhaler"]),
    (
        "Furosemide",
        &["40 mg", "10 mg/mL"],
        &["tablets", "injection"],
    ),
    ("Vancomycin", &["500 mg", "1 g"], &["powder for infusion"]),
    (
        "Piperacillin/tazobactam",
        &["4 g/0.5 g"],
        &["powder for infusion"],
    ),
    ("Heparin sodium", &["5,000 IU/mL"], &["injection"]),
    (
        "Ondansetron",
        &["4 mg", "2 mg/mL"],
        &["orodispersible tablets", "injection"],
    ),
    (
        "Dexamethasone",
        &["4 mg/mL", "2 mg"],
        &["injection", "tablets"],
    ),
    ("Amlodipine", &["5 mg", "10 mg"], &["tablets"]),
    ("Bisoprolol", &["2.5 mg", "5 mg"], &["tablets"]),
    ("Levothyroxine", &["50 mcg", "100 mcg"], &["tablets"]),
    ("Apixaban", &["2.5 mg", "5 mg"], &["film-coated tablets"]),
    ("Clopidogrel", &["75 mg"], &["tablets"]),
    ("Gentamicin", &["80 mg/2 mL"], &["injection"]),
    ("Meropenem", &["500 mg", "1 g"], &["powder for injection"]),
    ("Propofol", &["10 mg/mL"], &["emulsion for injection"]),
    ("Midazolam", &["5 mg/mL", "1 mg/mL"], &["injection"]),
    ("Fentanyl", &["50 mcg/mL"], &["injection"]),
    (
        "Oxycodone",
        &["5 mg", "10 mg"],
        &["capsules", "modified-release tablets"],
    ),
    ("Tramadol", &["50 mg"], &["capsules"]),
    ("Adrenaline", &["1 mg/mL"], &["injection"]),
    ("Noradrenaline", &["1 mg/mL"], &["concentrate for infusion"]),
    (
        "Amiodarone",
        &["200 mg", "50 mg/mL"],
        &["tablets", "injection"],
    ),
    (
        "Potassium chloride",
        &["600 mg", "20 mmol/10 mL"],
        &["modified-release tablets", "concentrate"],
    ),
    (
        "Sodium chloride 0.9%",
        &["500 mL", "1000 mL"],
        &["infusion bags"],
    ),
    ("Glucose 5%", &["500 mL"], &["infusion bags"]),
    (
        "Co-amoxiclav",
        &["500/125 mg", "1.2 g"],
        &["tablets", "powder for injection"],
    ),
    (
        "Clarithromycin",
        &["500 mg"],
        &["tablets", "powder for infusion"],
    ),
    ("Doxycycline", &["100 mg"], &["capsules"]),
    (
        "Fluconazole",
        &["150 mg", "2 mg/mL"],
        &["capsules", "infusion"],
    ),
    (
        "Aciclovir",
        &["400 mg", "250 mg"],
        &["tablets", "powder for infusion"],
    ),
    ("Prednisolone", &["5 mg", "25 mg"], &["tablets"]),
    ("Hydrocortisone", &["100 mg"], &["powder for injection"]),
    ("Lorazepam", &["1 mg", "4 mg/mL"], &["tablets", "injection"]),
    (
        "Haloperidol",
        &["5 mg/mL", "1.5 mg"],
        &["injection", "tablets"],
    ),
    ("Quetiapine", &["25 mg", "100 mg"], &["tablets"]),
    ("Sertraline", &["50 mg"], &["tablets"]),
    ("Lansoprazole", &["30 mg"], &["orodispersible tablets"]),
    (
        "Metoclopramide",
        &["10 mg", "5 mg/mL"],
        &["tablets", "injection"],
    ),
    ("Lidocaine", &["1%", "2%"], &["injection"]),
    (
        "Tranexamic acid",
        &["500 mg", "100 mg/mL"],
        &["tablets", "injection"],
    ),
    ("Alteplase", &["50 mg"], &["powder for infusion"]),
    (
        "Rituximab",
        &["500 mg/50 mL"],
        &["concentrate for infusion"],
    ),
    ("Trastuzumab", &["150 mg"], &["powder for infusion"]),
    (
        "Pembrolizumab",
        &["100 mg/4 mL"],
        &["concentrate for infusion"],
    ),
    ("Epoetin alfa", &["10,000 IU"], &["prefilled syringes"]),
    ("Filgrastim", &["30 MU/0.5 mL"], &["prefilled syringes"]),
    (
        "Methotrexate",
        &["2.5 mg", "25 mg/mL"],
        &["tablets", "injection"],
    ),
    ("Tacrolimus", &["1 mg"], &["capsules"]),
    (
        "Levetiracetam",
        &["500 mg", "100 mg/mL"],
        &["tablets", "concentrate"],
    ),
];

/// Consumables tracked by lot, with their packs.
const CONSUMABLES: &[(&str, &str)] = &[
    ("Syringe 10 mL Luer lock", "box of 100"),
    ("IV cannula 20G", "box of 50"),
    ("Gauze swabs 10 x 10 cm", "pack of 100"),
    ("Nitrile examination gloves M", "box of 200"),
    ("Alcohol wipes 70%", "box of 200"),
    ("Infusion giving set", "box of 25"),
    ("Sterile dressing 10 x 12 cm", "box of 50"),
    ("Hypodermic needle 21G", "box of 100"),
];

/// Makers of the serialized products.
const MANUFACTURERS: &[&str] = &[
    "Generix Pharma",
    "Nordic Medica",
    "Aurel Laboratories",
    "Bellfield Pharmaceuticals",
    "Kestrel Biologics",
    "Meridian Health",
    "Solano Generics",
    "Vantage Therapeutics",
];

/// A pack size that fits the dosage form: tablets come in blisters of 14 to 100, vials and
/// ampoules in boxes of 1 to 10, infusion bags in cases of 10 to 20.
fn pack_size(form: &str, n: usize) -> i64 {
    let sizes: &[i64] = if form.contains("tablet") || form.contains("capsule") {
        &[14, 20, 21, 28, 30, 56, 100]
    } else if form.contains("bag") {
        &[10, 20]
    } else if form.contains("inhaler") || form.contains("suspension") {
        &[1]
    } else {
        &[1, 5, 10]
    };
    sizes[n % sizes.len()]
}

/// The GTIN of 13 data digits, with its check digit.
fn gtin_from(data13: &str) -> String {
    custody_gs1::Gtin::from_data_digits(data13)
        .map(|g| g.to_string())
        .unwrap_or_default()
}

/// A German PZN (eight digits) from a seven-digit number, the first one at or after it whose
/// check digit is not 10.
fn pzn_with_check(six_digits: u32) -> String {
    // PZN8: 7 digits plus a mod-11 check digit; skip numbers whose check would be 10.
    let mut n = six_digits;
    loop {
        let d: Vec<u32> = format!("{n:07}")
            .bytes()
            .map(|b| u32::from(b - b'0'))
            .collect();
        let check = d
            .iter()
            .enumerate()
            .map(|(i, x)| x * (i as u32 + 1))
            .sum::<u32>()
            % 11;
        if check != 10 {
            return format!("{n:07}{check}");
        }
        n += 1;
    }
}

/// The catalogue: the serialized products first, then the lot-tracked consumables, each drawing
/// its contract price from `rng` in that order.
pub(super) fn products(p: &Params, rng: &mut Rng) -> Vec<ProductData> {
    let mut out = Vec::with_capacity(p.products);
    let serial_count = p.products - p.lot_products;
    for i in 0..serial_count {
        out.push(serialized_product(i, rng));
    }
    for j in 0..p.lot_products {
        out.push(consumable(j, rng));
    }
    out
}

/// The `i`th serialized product: the generics in turn, each round a new variant (strength,
/// form, maker, pack size).
fn serialized_product(i: usize, rng: &mut Rng) -> ProductData {
    let (generic, strengths, forms) = GENERICS[i % GENERICS.len()];
    let variant = i / GENERICS.len();
    let strength = strengths[variant % strengths.len()];
    let form = forms[(variant / strengths.len()) % forms.len()];
    let manufacturer = MANUFACTURERS[(i * 7 + variant) % MANUFACTURERS.len()];
    let pack = pack_size(form, i + variant);
    let brand = if variant < MANUFACTURERS.len() {
        manufacturer.split(' ').next().unwrap_or("")
    } else {
        ""
    };
    let name = if brand.is_empty() || variant == 0 {
        format!("{generic} {strength} {form} x{pack}")
    } else {
        format!("{generic} {strength} {form} x{pack} ({brand}, v{variant})")
    };
    let (gtin, ndc, pzn) = identifiers(i);
    let cold = is_cold_chain(generic);
    ProductData {
        gtin,
        name,
        generic_name: Some(generic.to_string()),
        form: Some(form.to_string()),
        strength: Some(strength.to_string()),
        pack_size: Some(pack),
        manufacturer: Some(manufacturer.to_string()),
        tracking: Some(TrackingMode::Serial),
        contract_price_cents: Some(rng.range(150, if cold { 95_000 } else { 4_500 })),
        storage: Some(
            if cold {
                "2-8 °C, do not freeze"
            } else {
                "Below 25 °C"
            }
            .to_string(),
        ),
        controlled: is_controlled(generic),
        ndc,
        pzn,
        cip: None,
    }
}

/// The `i`th serialized product's GTIN, with its NDC or PZN when the GTIN is built from one:
/// a mix of identifier styles seen on real packs (six in ten EU GTINs, two US NDC-based GTINs,
/// two German NTINs).
fn identifiers(i: usize) -> (String, Option<String>, Option<String>) {
    match i % 10 {
        0..=5 => (
            gtin_from(&format!(
                "0950{:02}{:07}",
                (i * 37) % 100,
                (i as u64 * 7_919 + 104_729) % 10_000_000
            )),
            None,
            None,
        ),
        6 | 7 => {
            let labeler = 10_000 + (i as u64 * 37) % 89_999;
            let product = (i as u64 * 13) % 1000;
            let package = (i as u64) % 100;
            (
                gtin_from(&format!("003{labeler:05}{product:03}{package:02}")),
                Some(format!("{labeler:05}-{product:03}-{package:02}")),
                None,
            )
        }
        _ => {
            let pzn = pzn_with_check(1_000_000 + i as u32 * 3);
            (gtin_from(&format!("04150{pzn}")), None, Some(pzn))
        }
    }
}

/// Whether a generic is kept at 2-8 °C (insulins and biologics).
fn is_cold_chain(generic: &str) -> bool {
    generic.starts_with("Insulin")
        || [
            "Epoetin alfa",
            "Filgrastim",
            "Rituximab",
            "Trastuzumab",
            "Pembrolizumab",
            "Enoxaparin",
        ]
        .contains(&generic)
}

/// Whether a generic is a controlled drug.
fn is_controlled(generic: &str) -> bool {
    [
        "Morphine sulfate",
        "Fentanyl",
        "Oxycodone",
        "Midazolam",
        "Lorazepam",
        "Tramadol",
    ]
    .contains(&generic)
}

/// The `j`th lot-tracked consumable.
fn consumable(j: usize, rng: &mut Rng) -> ProductData {
    let (name, pack) = CONSUMABLES[j % CONSUMABLES.len()];
    let v = j / CONSUMABLES.len();
    ProductData {
        gtin: gtin_from(&format!("0951{:02}9{:06}", 99, j)),
        name: if v == 0 {
            format!("{name}, {pack}")
        } else {
            format!("{name}, {pack} (v{v})")
        },
        form: Some("consumable".into()),
        manufacturer: Some(MANUFACTURERS[j % MANUFACTURERS.len()].to_string()),
        tracking: Some(TrackingMode::Lot),
        contract_price_cents: Some(rng.range(300, 4_000)),
        storage: Some("Dry, room temperature".into()),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_identifier_style_makes_a_valid_gtin() {
        for i in 0..30 {
            let (gtin, ndc, pzn) = identifiers(i);
            assert!(
                custody_gs1::Gtin::parse(&gtin).is_ok(),
                "product {i}: {gtin} must be a GTIN-14 with its check digit, or scans of it fail"
            );
            assert!(
                !(ndc.is_some() && pzn.is_some()),
                "a GTIN is built from an NDC or a PZN, never both"
            );
        }
    }

    #[test]
    fn a_pzn_never_has_the_check_digit_ten() {
        let pzn = pzn_with_check(1_000_000);
        assert_eq!(pzn.len(), 8, "a PZN is eight digits: {pzn}");
        let digits: Vec<u32> = pzn.bytes().map(|b| u32::from(b - b'0')).collect();
        let check: u32 = digits[..7]
            .iter()
            .enumerate()
            .map(|(i, d)| d * (i as u32 + 1))
            .sum::<u32>()
            % 11;
        assert_eq!(
            check, digits[7],
            "the last digit is the mod-11 check of the first seven"
        );
    }
}
