//! The image changes the reading passes make (downscaling, inverting, turning) and the affine map
//! that takes a position found in a changed image back to the original's pixels.

use image::GrayImage;

use crate::Point;

/// `x = a·X + b·Y + c`, `y = d·X + e·Y + f`: from a pass's image back to the original.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Affine {
    a: f32,
    b: f32,
    c: f32,
    d: f32,
    e: f32,
    f: f32,
}

impl Affine {
    /// The pass read the original itself.
    pub const IDENTITY: Affine = Affine {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 0.0,
        e: 1.0,
        f: 0.0,
    };

    /// The pass read the original shrunk `k` times.
    pub fn scale(k: f32) -> Affine {
        Affine {
            a: k,
            e: k,
            ..Affine::IDENTITY
        }
    }

    /// This map followed by a shrinking undone: positions found in an image read `k` times
    /// smaller than the original.
    pub fn scaled(&self, k: f32) -> Affine {
        Affine {
            a: self.a * k,
            b: self.b * k,
            c: self.c * k,
            d: self.d * k,
            e: self.e * k,
            f: self.f * k,
        }
    }

    /// The original position of (`x`, `y`) in the pass's image.
    pub fn apply(&self, x: f32, y: f32) -> Point {
        Point {
            x: self.a * x + self.b * y + self.c,
            y: self.d * x + self.e * y + self.f,
        }
    }
}

/// `luma` shrunk `k` times on each side, each pixel the mean of its k×k block (a box filter:
/// cheap, and it averages a photo's noise rather than aliasing it).
pub fn downscale(luma: &GrayImage, k: u32) -> GrayImage {
    let k = k.max(1);
    let (w, h) = (luma.width() / k, luma.height() / k);
    let src = luma.as_raw();
    let stride = luma.width() as usize;
    let area = k * k;
    GrayImage::from_fn(w.max(1), h.max(1), |x, y| {
        let mut sum = 0u32;
        for dy in 0..k {
            let row = ((y * k + dy) as usize).min(luma.height() as usize - 1) * stride;
            for dx in 0..k {
                let col = ((x * k + dx) as usize).min(stride - 1);
                sum += u32::from(src[row + col]);
            }
        }
        image::Luma([(sum / area) as u8])
    })
}

/// `luma` with light and dark swapped, for light codes printed or lasered on dark cartons.
pub fn invert(luma: &GrayImage) -> GrayImage {
    let mut out = luma.clone();
    for p in out.pixels_mut() {
        p.0[0] = 255 - p.0[0];
    }
    out
}

/// `luma` turned `degrees` clockwise about its centre on a white canvas just large enough to
/// hold it (bilinear sampling), and the map from the turned image back to `luma`.
pub fn rotate(luma: &GrayImage, degrees: f32) -> (GrayImage, Affine) {
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (w, h) = (luma.width() as f32, luma.height() as f32);
    // Less a hair before rounding up: cos 90° is not exactly 0 in floating point.
    let out_w = (w * cos.abs() + h * sin.abs() - 1e-3).ceil().max(1.0);
    let out_h = (w * sin.abs() + h * cos.abs() - 1e-3).ceil().max(1.0);
    let (cx, cy, ox, oy) = (w / 2.0, h / 2.0, out_w / 2.0, out_h / 2.0);
    // The inverse turn: each output pixel's source, and each found position's original place.
    let back = Affine {
        a: cos,
        b: sin,
        c: cx - cos * ox - sin * oy,
        d: -sin,
        e: cos,
        f: cy + sin * ox - cos * oy,
    };
    let turned = GrayImage::from_fn(out_w as u32, out_h as u32, |x, y| {
        let p = back.apply(x as f32 + 0.5, y as f32 + 0.5);
        image::Luma([bilinear(luma, p.x - 0.5, p.y - 0.5)])
    });
    (turned, back)
}

/// The grey level at (`x`, `y`) between pixel centres; white outside the image.
fn bilinear(luma: &GrayImage, x: f32, y: f32) -> u8 {
    let (w, h) = (luma.width() as f32, luma.height() as f32);
    if x < -0.5 || y < -0.5 || x > w - 0.5 || y > h - 0.5 {
        return 255;
    }
    let (x, y) = (x.clamp(0.0, w - 1.0), y.clamp(0.0, h - 1.0));
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = (
        (x0 + 1).min(luma.width() - 1),
        (y0 + 1).min(luma.height() - 1),
    );
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let at = |x, y| f32::from(luma.get_pixel(x, y).0[0]);
    let top = at(x0, y0) * (1.0 - fx) + at(x1, y0) * fx;
    let bottom = at(x0, y1) * (1.0 - fx) + at(x1, y1) * fx;
    (top * (1.0 - fy) + bottom * fy).round() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turned_pixel_maps_back_to_where_it_was() {
        let mut luma = GrayImage::from_pixel(40, 20, image::Luma([255]));
        luma.put_pixel(30, 5, image::Luma([0]));
        let (turned, back) = rotate(&luma, 90.0);
        assert_eq!((turned.width(), turned.height()), (20, 40));
        let (x, y) = turned
            .enumerate_pixels()
            .find(|(_, _, p)| p.0[0] < 128)
            .map(|(x, y, _)| (x, y))
            .unwrap();
        let p = back.apply(x as f32 + 0.5, y as f32 + 0.5);
        assert!((p.x - 30.5).abs() < 0.6 && (p.y - 5.5).abs() < 0.6, "{p:?}");
    }

    #[test]
    fn downscaling_averages_blocks() {
        let luma = GrayImage::from_raw(4, 2, vec![0, 100, 200, 200, 100, 200, 0, 0]).unwrap();
        let small = downscale(&luma, 2);
        assert_eq!(small.as_raw(), &vec![100, 100]);
        assert_eq!(invert(&small).as_raw(), &vec![155, 155]);
    }
}
