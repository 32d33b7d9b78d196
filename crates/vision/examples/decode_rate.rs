//! How often a GS1 DataMatrix is read from a 1280×720 frame, by module size and blur, and how
//! long a frame takes: `cargo run --release -p custody-vision --example decode_rate`.
//! The frames are the tests' synthetic pack photos (turned, placed and noised at random from a
//! fixed seed), so two runs on one machine print the same rates.

#[path = "../tests/synth/mod.rs"]
mod synth;

use std::time::Instant;

use synth::{gs1_datamatrix, Photo, Placement, Rng, PACK};

/// Frames per cell of the table.
const FRAMES: u64 = 12;

fn main() {
    let symbol = gs1_datamatrix(PACK);
    println!(
        "GS1 DataMatrix {}×{} modules, 1280×720 frames, noise ±12, turned 0–360°, {FRAMES} frames a cell",
        symbol.getWidth(),
        symbol.getHeight()
    );
    println!("| px/module | blur | read | ms/frame (mean) | ms/frame (max) |");
    println!("|---|---|---|---|---|");
    for module in [2.0, 3.0, 4.0, 6.0, 8.0] {
        for blur in [0, 1, 2] {
            let (mut read, mut total, mut worst) = (0, 0.0, 0.0f64);
            for n in 0..FRAMES {
                let mut rng = Rng::new(n * 1000 + blur as u64 * 10 + module as u64);
                let mut photo = Photo::carton(1280, 720, &mut rng);
                let at = Placement {
                    degrees: rng.range(0.0, 360.0),
                    ..Placement::at(rng.range(400.0, 880.0), rng.range(250.0, 470.0), module)
                };
                photo.print(&symbol, at);
                photo.blur(blur);
                photo.noise(12.0, &mut rng);
                let luma = photo.gray();
                let start = Instant::now();
                let found = custody_vision::decode_luma(&luma);
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                total += ms;
                worst = worst.max(ms);
                if found.iter().any(|f| f.text == PACK) {
                    read += 1;
                }
            }
            println!(
                "| {module} | {} | {read}/{FRAMES} | {:.1} | {:.1} |",
                blur_name(blur),
                total / FRAMES as f64,
                worst
            );
        }
    }
    empty_frames();
}

/// What a frame with no code costs: every pass runs.
fn empty_frames() {
    let mut total = 0.0;
    for n in 0..FRAMES {
        let mut rng = Rng::new(n);
        let mut photo = Photo::carton(1280, 720, &mut rng);
        photo.noise(12.0, &mut rng);
        let luma = photo.gray();
        let start = Instant::now();
        let found = custody_vision::decode_luma(&luma);
        total += start.elapsed().as_secs_f64() * 1000.0;
        assert!(found.is_empty(), "a code in a frame without one: {found:?}");
    }
    println!(
        "\nno code in the frame (all passes run): {:.1} ms/frame",
        total / FRAMES as f64
    );
}

/// The blur as the table shows it: the box radius, run twice (about a Gaussian).
fn blur_name(radius: u32) -> &'static str {
    match radius {
        0 => "none",
        1 => "r1 (σ≈1.2 px)",
        _ => "r2 (σ≈2 px)",
    }
}
