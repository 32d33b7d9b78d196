//! A photo as a person sees it: the EXIF orientation tag (1–8) says how the camera held the
//! sensor, and positions are reported in the turned frame, the one an image viewer shows.

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage};

/// The EXIF orientation of a JPEG or PNG (1 to 8), or 1 when there is no readable tag: a photo
/// whose EXIF is damaged is still read as stored rather than refused.
pub fn exif_orientation(bytes: &[u8]) -> u8 {
    let mut cursor = std::io::Cursor::new(bytes);
    let Ok(exif) = exif::Reader::new().read_from_container(&mut cursor) else {
        return 1;
    };
    exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|v| u8::try_from(v).ok())
        .filter(|v| (1..=8).contains(v))
        .unwrap_or(1)
}

/// `luma` turned and mirrored as EXIF orientation `tag` asks (1 leaves it as it is).
pub fn apply(luma: GrayImage, tag: u8) -> GrayImage {
    match Orientation::from_exif(tag) {
        None | Some(Orientation::NoTransforms) => luma,
        Some(o) => {
            let mut image = DynamicImage::ImageLuma8(luma);
            image.apply_orientation(o);
            image.into_luma8()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2×1 image turns into 1×2 for the quarter turns, with its pixels where a viewer puts them.
    #[test]
    fn quarter_turns_swap_the_sides_and_move_the_pixels() {
        let luma = GrayImage::from_raw(2, 1, vec![10, 20]).unwrap();
        let cw = apply(luma.clone(), 6);
        assert_eq!((cw.width(), cw.height()), (1, 2));
        assert_eq!(
            cw.as_raw(),
            &vec![10, 20],
            "6: turned clockwise, left goes to top"
        );
        let ccw = apply(luma.clone(), 8);
        assert_eq!(ccw.as_raw(), &vec![20, 10], "8: turned anticlockwise");
        assert_eq!(apply(luma.clone(), 3).as_raw(), &vec![20, 10]);
        assert_eq!(apply(luma.clone(), 1).as_raw(), &vec![10, 20]);
        assert_eq!(
            apply(luma, 9).as_raw(),
            &vec![10, 20],
            "no such tag: as stored"
        );
    }

    #[test]
    fn no_exif_reads_as_stored() {
        assert_eq!(exif_orientation(b"\xFF\xD8\xFF\xD9"), 1);
        assert_eq!(exif_orientation(b"garbage"), 1);
    }
}
