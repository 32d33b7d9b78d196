//! Decoding speed of typical pack scans (budget: 1,000,000 DataMatrix scans per second per core).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use custody_gs1::{decode, DecodeOptions};
use std::hint::black_box;

const TYPICAL: &[&str] = &[
    "]d201095060001343521728123110LOT42\u{1d}21SN12345",
    "]d20109506000134352211234567890AB\u{1d}1727043010B-7/2.a",
    "]d2010030591036901921100000000001\u{1d}1727053110A12345",
    "]d2010415003752864321SER0001\u{1d}10LOT42\u{1d}1728123171003752864",
    "]d201034009300001201728123110L1\u{1d}21S1\u{1d}7113400930000120\r\n",
];

fn bench(c: &mut Criterion) {
    let options = DecodeOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Elements(TYPICAL.len() as u64));
    g.bench_function("typical_datamatrix", |b| {
        b.iter(|| {
            for s in TYPICAL {
                black_box(decode(black_box(s), &options).unwrap());
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("digital_link", |b| {
        b.iter(|| {
            decode(
                black_box("https://id.gs1.org/01/09506000134352/10/LOT42/21/SN12345?17=281231"),
                &options,
            )
            .unwrap()
        })
    });
    g.bench_function("ifa_ppn", |b| {
        b.iter(|| decode(black_box("]d1[)>\u{1e}06\u{1d}9N110375286414\u{1d}1TLOT42\u{1d}D281231\u{1d}SSER12345\u{1e}\u{4}"), &options).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
