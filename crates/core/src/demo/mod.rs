//! Demonstration data: a hospital with real-looking products, locations, suppliers and a
//! history of receipts, transfers and dispensing, written through the real ledger so it verifies.
//! `small` is what `make run` shows; `hospital` (5,000 products, 50 locations, 1,000,000 packs,
//! about 3,000,000 events) is what the benchmarks use. The same seed gives the same data.

use std::time::Instant;

use chrono::{Duration, NaiveDate, TimeZone};
use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::ledger::{Appender, NewEvent, NewLine, Place};
use crate::master::{insert_site, insert_user};
use crate::model::*;
use crate::Store;

/// How much demonstration data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// About 60 products, 8 locations and a few thousand packs.
    Small,
    /// 5,000 products, 50 locations, 1,000,000 packs, about 3,000,000 events.
    Hospital,
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "small" => Ok(Scale::Small),
            "hospital" => Ok(Scale::Hospital),
            _ => Err(format!("'{s}' is not a scale; use small or hospital")),
        }
    }
}

struct Params {
    products: usize,
    lot_products: usize,
    extra_wards: usize,
    clinics: usize,
    units: usize,
    days: i64,
    lot_events: usize,
}

impl Scale {
    fn params(self) -> Params {
        match self {
            Scale::Small => Params {
                products: 60,
                lot_products: 6,
                extra_wards: 0,
                clinics: 1,
                units: 3_000,
                days: 180,
                lot_events: 400,
            },
            Scale::Hospital => Params {
                products: 5_000,
                lot_products: 250,
                extra_wards: 38,
                clinics: 5,
                units: 1_000_000,
                days: 540,
                lot_events: 300_000,
            },
        }
    }
}

/// What was made.
#[derive(Debug, Clone, Serialize)]
pub struct DemoSummary {
    /// Scale.
    pub scale: Scale,
    /// Products.
    pub products: usize,
    /// Locations.
    pub locations: usize,
    /// Serialized packs.
    pub units: usize,
    /// Events appended.
    pub events: usize,
    /// Seconds it took.
    pub seconds: f64,
}

/// Every demo user's password (the README says so; demo data only).
pub const DEMO_PASSWORD: &str = "custody-demo";

/// Deterministic pseudo-random numbers (SplitMix64): the demo data's, and the benchmarks' choice
/// of samples, so two runs on the same database time the same packs.
#[derive(Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1).max(1) as u64) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

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

fn gtin_from(data13: &str) -> String {
    custody_gs1::Gtin::from_data_digits(data13)
        .map(|g| g.to_string())
        .unwrap_or_default()
}

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

fn products(p: &Params, rng: &mut Rng) -> Vec<ProductData> {
    let mut out = Vec::with_capacity(p.products);
    let serial_count = p.products - p.lot_products;
    for i in 0..serial_count {
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
        // A mix of identifier styles seen on real packs: EU GTINs, US NDC-based GTINs and German NTINs.
        let (gtin, ndc, pzn) = match i % 10 {
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
        };
        let cold = generic.starts_with("Insulin")
            || [
                "Epoetin alfa",
                "Filgrastim",
                "Rituximab",
                "Trastuzumab",
                "Pembrolizumab",
                "Enoxaparin",
            ]
            .contains(&generic);
        let controlled = [
            "Morphine sulfate",
            "Fentanyl",
            "Oxycodone",
            "Midazolam",
            "Lorazepam",
            "Tramadol",
        ]
        .contains(&generic);
        out.push(ProductData {
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
            controlled,
            ndc,
            pzn,
            cip: None,
        });
    }
    for j in 0..p.lot_products {
        let (name, pack) = CONSUMABLES[j % CONSUMABLES.len()];
        let v = j / CONSUMABLES.len();
        out.push(ProductData {
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
        });
    }
    out
}

fn serial_for(unit: u64) -> String {
    // Random-looking, fixed per pack, alphanumeric like real EU FMD serials.
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut z = unit.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5DEE_CE66_D1CE_4E5B;
    z = (z ^ (z >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let mut s = String::with_capacity(12);
    for _ in 0..8 {
        s.push(ALPHABET[(z % ALPHABET.len() as u64) as usize] as char);
        z /= ALPHABET.len() as u64;
    }
    // The pack number keeps serials unique; the prefix makes them look issued, not counted.
    format!("{s}{unit:07}")
}

#[derive(Clone, Copy)]
enum Step {
    Receive,
    Transfer(u16),
    Dispense,
    ReturnToStock,
    Quarantine,
    Suspect,
    Destroy,
    ReturnToSupplier,
    LotReceive(u32),
    LotIssue(u16),
}

#[derive(Clone, Copy)]
struct Planned {
    minute: i64,
    step: Step,
    subject: u32,
}

struct Delivery {
    product: usize,
    lot: String,
    expiry: NaiveDate,
    supplier: usize,
    location: u16,
    cost: i64,
}

impl Store {
    /// Fills a fresh database with demonstration data ending at `now`. Refuses a database that
    /// has been set up already, so demo data never mixes with real data.
    pub fn create_demo(&mut self, scale: Scale, now: Timestamp) -> CoreResult<DemoSummary> {
        if self.is_initialised()? {
            return Err(CoreError::refused("master.demo_needs_empty_database"));
        }
        let started = Instant::now();
        let p = scale.params();
        let mut rng = Rng::new(0xC057_0D1E);
        let tx = self.conn_mut().transaction()?;
        insert_site(
            &tx,
            "DEMO",
            "St. Example General Hospital (demo data)",
            Some("0614141000005"),
            now,
        )?;
        insert_user(
            &tx,
            "admin",
            "Demo Administrator",
            Role::Admin,
            Some(DEMO_PASSWORD),
            now,
        )?;
        let staff = insert_user(
            &tx,
            "amira",
            "Amira Haddad",
            Role::Staff,
            Some(DEMO_PASSWORD),
            now,
        )?;
        insert_user(
            &tx,
            "ben",
            "Ben Okafor",
            Role::Manager,
            Some(DEMO_PASSWORD),
            now,
        )?;
        let qa = insert_user(
            &tx,
            "chloe",
            "Chloe Martin",
            Role::Qa,
            Some(DEMO_PASSWORD),
            now,
        )?;
        insert_user(
            &tx,
            "dev",
            "Dev Patel",
            Role::Staff,
            Some(DEMO_PASSWORD),
            now,
        )?;

        let mut locs: Vec<(String, String, LocationKind)> = vec![
            (
                "MAIN".into(),
                "Main pharmacy".into(),
                LocationKind::Pharmacy,
            ),
            (
                "STORE".into(),
                "Pharmacy store room".into(),
                LocationKind::Store,
            ),
            (
                "QUAR".into(),
                "Quarantine cabinet".into(),
                LocationKind::Quarantine,
            ),
            (
                "ED".into(),
                "Emergency department".into(),
                LocationKind::Ward,
            ),
            (
                "ICU".into(),
                "Intensive care unit".into(),
                LocationKind::Ward,
            ),
            (
                "WARD-3A".into(),
                "Ward 3A (medicine)".into(),
                LocationKind::Ward,
            ),
            (
                "WARD-3B".into(),
                "Ward 3B (surgery)".into(),
                LocationKind::Ward,
            ),
        ];
        for w in 0..p.extra_wards {
            locs.push((
                format!("WARD-{}{}", 4 + w / 4, (b'A' + (w % 4) as u8) as char),
                format!("Ward {}{}", 4 + w / 4, (b'A' + (w % 4) as u8) as char),
                LocationKind::Ward,
            ));
        }
        for c in 0..p.clinics {
            locs.push((
                format!("CLINIC-{}", c + 1),
                format!("Outpatient clinic {}", c + 1),
                LocationKind::Clinic,
            ));
        }
        let mut loc_ids = Vec::new();
        for (code, name, kind) in &locs {
            tx.execute(
                "INSERT INTO location (site_id, code, name, kind) VALUES (1, ?1, ?2, ?3)",
                rusqlite::params![code, name, kind.as_str()],
            )?;
            loc_ids.push(LocationId(tx.last_insert_rowid()));
        }
        let partners = [
            (
                "MEDIDIST",
                "MediDist Wholesale Ltd",
                PartnerKind::Distributor,
                Some("0614141000012"),
            ),
            (
                "PHARMACO",
                "PharmaCo Distribution",
                PartnerKind::Distributor,
                None,
            ),
            ("NORTHMED", "NorthMed Supplies", PartnerKind::Supplier, None),
            (
                "GENERIX",
                "Generix Pharma (direct)",
                PartnerKind::Manufacturer,
                None,
            ),
        ];
        let mut partner_ids = Vec::new();
        for (code, name, kind, gln) in partners {
            tx.execute(
                "INSERT INTO partner (code, name, kind, gln) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![code, name, kind.as_str(), gln],
            )?;
            partner_ids.push(PartnerId(tx.last_insert_rowid()));
        }
        let products = products(&p, &mut rng);
        let mut product_ids = Vec::with_capacity(products.len());
        {
            let mut stmt = tx.prepare(
                "INSERT INTO product (gtin, name, generic_name, form, strength, pack_size, manufacturer, tracking, contract_price_cents, storage, controlled, ndc, pzn, cip, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?;
            for d in &products {
                stmt.execute(rusqlite::params![
                    d.gtin,
                    d.name,
                    d.generic_name,
                    d.form,
                    d.strength,
                    d.pack_size,
                    d.manufacturer,
                    d.tracking.unwrap_or(TrackingMode::Serial).as_str(),
                    d.contract_price_cents,
                    d.storage,
                    d.controlled,
                    d.ndc,
                    d.pzn,
                    d.cip,
                    now.utc_text()
                ])?;
                product_ids.push(ProductId(tx.last_insert_rowid()));
            }
        }
        tx.commit()?;

        // Plan each pack's life, then append everything in time order.
        let today = now.local_date();
        let start = today - Duration::days(p.days);
        let (main, store, quarantine) = (0u16, 1u16, 2u16);
        let wards: Vec<u16> = (3..loc_ids.len() as u16).collect();
        let serial_products = products.len() - p.lot_products;
        let mut deliveries: Vec<Delivery> = Vec::new();
        let mut unit_delivery: Vec<u32> = Vec::with_capacity(p.units);
        let mut plan: Vec<Planned> = Vec::with_capacity(p.units * 3 + p.lot_events);
        let day_minute = |day: i64, rng: &mut Rng| day * 1440 + 7 * 60 + rng.range(0, 11 * 60);
        while unit_delivery.len() < p.units {
            // Popular products (low index within each generic) are delivered more often.
            let product = {
                let a = rng.below(serial_products as u64);
                let b = rng.below(serial_products as u64);
                a.min(b) as usize
            };
            let day = rng.range(0, p.days - 1);
            let shelf_months = *rng.pick(&[4i64, 6, 9, 12, 18, 24, 24, 36, 36]);
            let expiry = start + Duration::days(day + shelf_months * 30 - rng.range(0, 60));
            let price = products[product].contract_price_cents.unwrap_or(1000);
            let cost = if rng.chance(0.04) {
                price * 112 / 100
            } else {
                price - rng.range(0, price / 20)
            };
            deliveries.push(Delivery {
                product,
                lot: format!(
                    "{}{}{:05}",
                    (b'A' + rng.below(26) as u8) as char,
                    (b'A' + rng.below(26) as u8) as char,
                    rng.below(100_000)
                ),
                expiry,
                supplier: rng.below(3) as usize,
                location: if rng.chance(0.8) { main } else { store },

                cost,
            });
            let d = deliveries.len() as u32 - 1;
            let size = rng.range(6, 60).min((p.units - unit_delivery.len()) as i64);
            for _ in 0..size {
                let unit = unit_delivery.len() as u32;
                unit_delivery.push(d);
                let mut minute = day_minute(day, &mut rng);
                plan.push(Planned {
                    minute,
                    step: Step::Receive,
                    subject: unit,
                });
                let expiry_day = (expiry - start).num_days();
                let at_store = deliveries[d as usize].location == store;
                if rng.chance(0.002) {
                    // A pack that a later check found suspect (e.g. its serial was reported cloned).
                    minute += rng.range(60, 4 * 1440);
                    if minute < p.days * 1440 {
                        plan.push(Planned {
                            minute,
                            step: Step::Suspect,
                            subject: unit,
                        });
                    }
                    continue;
                }
                if rng.chance(0.004) {
                    minute += rng.range(60, 3 * 1440);
                    if minute < p.days * 1440 {
                        plan.push(Planned {
                            minute,
                            step: Step::Quarantine,
                            subject: unit,
                        });
                        if rng.chance(0.6) {
                            minute += rng.range(1440, 20 * 1440);
                            if minute < p.days * 1440 {
                                plan.push(Planned {
                                    minute,
                                    step: if rng.chance(0.5) {
                                        Step::Destroy
                                    } else {
                                        Step::ReturnToSupplier
                                    },
                                    subject: unit,
                                });
                            }
                        }
                    }
                    continue;
                }
                if rng.chance(0.9) {
                    minute += rng.range(30, 10 * 1440);
                    if minute >= p.days * 1440 || minute / 1440 >= expiry_day {
                        continue;
                    }
                    let to = if at_store { main } else { *rng.pick(&wards) };
                    plan.push(Planned {
                        minute,
                        step: Step::Transfer(to),
                        subject: unit,
                    });
                    if rng.chance(0.86) {
                        minute += rng.range(60, 40 * 1440);
                        if minute >= p.days * 1440 || minute / 1440 >= expiry_day {
                            continue;
                        }
                        plan.push(Planned {
                            minute,
                            step: Step::Dispense,
                            subject: unit,
                        });
                        if rng.chance(0.01) {
                            minute += rng.range(60, 3 * 1440);
                            if minute < p.days * 1440 && minute / 1440 < expiry_day {
                                plan.push(Planned {
                                    minute,
                                    step: Step::ReturnToStock,
                                    subject: unit,
                                });
                            }
                        }
                    }
                } else if expiry_day < p.days && rng.chance(0.5) {
                    // Left on the shelf until it expired, then destroyed.
                    let m = (expiry_day + rng.range(3, 30)) * 1440 + 9 * 60;
                    if m < p.days * 1440 && m > minute {
                        plan.push(Planned {
                            minute: m,
                            step: Step::Destroy,
                            subject: unit,
                        });
                    }
                }
            }
        }
        // Lot-tracked consumables: deliveries to the store room, issues to wards.
        let lot_product_base = serial_products;
        let mut lot_lots: Vec<(usize, String, NaiveDate, i64)> = Vec::new();
        for k in 0..p.lot_events {
            let product = lot_product_base + rng.below(p.lot_products.max(1) as u64) as usize;
            let minute = day_minute(rng.range(0, p.days - 1), &mut rng);
            if k % 12 == 0 {
                lot_lots.push((
                    product,
                    format!("C{:06}", rng.below(1_000_000)),
                    start + Duration::days(rng.range(300, 1400)),
                    rng.range(200, 1500),
                ));
                plan.push(Planned {
                    minute,
                    step: Step::LotReceive(lot_lots.len() as u32 - 1),
                    subject: lot_lots.len() as u32 - 1,
                });
            } else {
                plan.push(Planned {
                    minute,
                    step: Step::LotIssue(*rng.pick(&wards)),
                    subject: product as u32,
                });
            }
        }
        plan.sort_by_key(|e| e.minute);

        let offset = now.0.offset();
        let stamp = |minute: i64| -> Timestamp {
            let naive = start.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(minute);
            Timestamp(offset.from_local_datetime(&naive).single().unwrap_or(now.0))
        };
        let mut unit_place: Vec<Option<Place>> = vec![None; p.units];
        let mut lot_stock: std::collections::HashMap<usize, Vec<(usize, i64)>> =
            std::collections::HashMap::new();
        let mut events = 0usize;
        let mut order = 0u64;
        // A large cache and indexes built after the load keep a million-pack history fast.
        self.conn().pragma_update(None, "cache_size", -1_048_576)?;
        let loaded = crate::db::with_indexes_deferred(
            self.conn_mut(),
            &["event", "event_line", "unit"],
            |conn| {
                for chunk in plan.chunks(100_000) {
                    let tx = conn.transaction()?;
                    {
                        let mut appender = Appender::for_history(&tx, now)?;
                        for ev in chunk {
                            let at = stamp(ev.minute);
                            let new_event = match ev.step {
                                Step::LotReceive(i) => {
                                    let (product, lot, expiry, qty) = &lot_lots[i as usize];
                                    lot_stock
                                        .entry(*product)
                                        .or_default()
                                        .push((i as usize, *qty));
                                    Some(NewEvent {
                                        kind: EventKind::Receive,
                                        occurred_at: at,
                                        location: Some(loc_ids[store as usize]),
                                        counterparty: Some(partner_ids[2]),
                                        reference: Some(format!("PO-{}", 70_000 + i)),
                                        reason: None,
                                        raw_scan: Some(format!(
                                            "]C1{}",
                                            custody_gs1::encode_element_string(&[
                                                ("01", &products[*product].gtin),
                                                ("17", &expiry.format("%y%m%d").to_string()),
                                                ("10", lot)
                                            ])
                                        )),
                                        lines: vec![NewLine {
                                            product: product_ids[*product],
                                            lot: Some(lot.clone()),
                                            serial: None,
                                            expiry: Some(*expiry),
                                            quantity: *qty,
                                            before: None,
                                            after: Some(Place::at(
                                                UnitStatus::InStock,
                                                loc_ids[store as usize],
                                            )),
                                            unit_cost_cents: products[*product]
                                                .contract_price_cents,
                                        }],
                                    })
                                }
                                Step::LotIssue(ward) => {
                                    let product = ev.subject as usize;
                                    let stocks = lot_stock.entry(product).or_default();
                                    // First expiry first out among the lots on the shelf.
                                    stocks.retain(|(_, q)| *q > 0);
                                    stocks.sort_by_key(|(i, _)| lot_lots[*i].2);
                                    match stocks.first_mut() {
                                        None => None,
                                        Some((i, q)) => {
                                            let take = (rng.range(1, 20)).min(*q);
                                            *q -= take;
                                            let (_, lot, expiry, _) = &lot_lots[*i];
                                            Some(NewEvent {
                                                kind: EventKind::Transfer,
                                                occurred_at: at,
                                                location: Some(loc_ids[store as usize]),
                                                counterparty: None,
                                                reference: Some(format!("REQ-{}", 10_000 + order)),
                                                reason: Some("ward requisition".into()),
                                                raw_scan: None,
                                                lines: vec![NewLine {
                                                    product: product_ids[product],
                                                    lot: Some(lot.clone()),
                                                    serial: None,
                                                    expiry: Some(*expiry),
                                                    quantity: take,
                                                    before: Some(Place::at(
                                                        UnitStatus::InStock,
                                                        loc_ids[store as usize],
                                                    )),
                                                    after: Some(Place::at(
                                                        UnitStatus::InStock,
                                                        loc_ids[ward as usize],
                                                    )),
                                                    unit_cost_cents: None,
                                                }],
                                            })
                                        }
                                    }
                                }
                                step => {
                                    let unit = ev.subject as usize;
                                    let d = &deliveries[unit_delivery[unit] as usize];
                                    let before = unit_place[unit];
                                    let here = before.and_then(|b| b.location);
                                    let (kind, after, location, counterparty, reference, reason) = match step {
                                Step::Receive => (EventKind::Receive, Place::at(UnitStatus::InStock, loc_ids[d.location as usize]), Some(loc_ids[d.location as usize]), Some(partner_ids[d.supplier]), format!("PO-{}", 40_000 + unit_delivery[unit]), None),
                                Step::Transfer(to) => (EventKind::Transfer, Place::at(UnitStatus::InStock, loc_ids[to as usize]), here, None, format!("TR-{}", 20_000 + order / 25), None),
                                Step::Dispense => (EventKind::Dispense, Place::gone(UnitStatus::Dispensed), here, None, if rng.chance(0.6) { format!("RX-{:07}", 1_000_000 + order) } else { format!("WO-{}", 50_000 + order / 40) }, None),
                                Step::ReturnToStock => (EventKind::Return, Place::at(UnitStatus::InStock, loc_ids[main as usize]), Some(loc_ids[main as usize]), None, format!("RET-{}", 3_000 + order), Some("unused, returned by the ward".into())),
                                Step::Quarantine => (EventKind::Quarantine, Place::at(UnitStatus::Quarantined, loc_ids[quarantine as usize]), here, None, format!("QH-{}", 1_000 + order), Some("damaged: crushed carton".into())),
                                Step::Suspect => (EventKind::MarkSuspect, Place::at(UnitStatus::Quarantined, loc_ids[quarantine as usize]), here, None, format!("SUS-{}", 100 + order), Some("suspect: serial reported as already decommissioned by the national verification system".into())),
                                Step::Destroy => (EventKind::Destroy, Place::gone(UnitStatus::Destroyed), here, None, format!("DES-{}", 500 + order), Some(if before.map(|b| b.status) == Some(UnitStatus::Quarantined) { "damaged" } else { "expired" }.into())),
                                Step::ReturnToSupplier => (EventKind::ReturnToSupplier, Place::gone(UnitStatus::ReturnedToSupplier), here, Some(partner_ids[d.supplier]), format!("RMA-{}", 900 + order), Some("damaged in transit".into())),
                                Step::LotReceive(_) | Step::LotIssue(_) => unreachable!("handled above"),
                            };
                                    unit_place[unit] = Some(after);
                                    let serial = serial_for(unit as u64);
                                    let raw = matches!(
                                        step,
                                        Step::Receive | Step::Transfer(_) | Step::Dispense
                                    )
                                    .then(|| {
                                        format!(
                                            "]d2{}",
                                            custody_gs1::encode_element_string(&[
                                                ("01", &products[d.product].gtin),
                                                ("17", &d.expiry.format("%y%m%d").to_string()),
                                                ("10", &d.lot),
                                                ("21", &serial)
                                            ])
                                        )
                                    });
                                    Some(NewEvent {
                                        kind,
                                        occurred_at: at,
                                        location,
                                        counterparty,
                                        reference: Some(reference),
                                        reason,
                                        raw_scan: raw,
                                        lines: vec![NewLine {
                                            product: product_ids[d.product],
                                            lot: Some(d.lot.clone()),
                                            serial: Some(serial),
                                            expiry: Some(d.expiry),
                                            quantity: 1,
                                            before,
                                            after: Some(after),
                                            unit_cost_cents: matches!(step, Step::Receive)
                                                .then_some(d.cost),
                                        }],
                                    })
                                }
                            };
                            order += 1;
                            if let Some(e) = new_event {
                                // QA records suspect and destruction decisions; staff the daily work.
                                let qa_decision = matches!(
                                    e.kind,
                                    EventKind::MarkSuspect
                                        | EventKind::Destroy
                                        | EventKind::ReturnToSupplier
                                );
                                appender.append(if qa_decision { &qa } else { &staff }, &e)?;
                                events += 1;
                            }
                        }
                        appender.finish()?;
                    }
                    tx.commit()?;
                }
                Ok(())
            },
        );
        self.conn().pragma_update(None, "cache_size", -262_144)?;
        loaded?;
        // Reorder rules as a manager would start: suggested from the demo's consumption.
        let admin = self.actor("admin")?;
        self.suggest_reorder_rules(
            &admin,
            None,
            crate::levels::SuggestParams::default(),
            &crate::levels::LevelPolicy::default(),
            true,
            now,
        )?;
        self.conn().execute_batch("ANALYZE")?;
        Ok(DemoSummary {
            scale,
            products: products.len(),
            locations: loc_ids.len(),
            units: p.units,
            events,
            seconds: started.elapsed().as_secs_f64(),
        })
    }
}
