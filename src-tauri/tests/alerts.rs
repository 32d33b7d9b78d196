//! The daily notification says what needs attention, and nothing when nothing does.

use custody_core::levels::Attention;

#[test]
fn the_alert_names_what_needs_attention() {
    let quiet = Attention {
        soon_days: 30,
        quarantined: 4,
        ..Attention::default()
    };
    assert_eq!(
        custody_app::alert_text(&quiet),
        None,
        "quarantine alone is not an alert"
    );
    let busy = Attention {
        expired_in_stock: 3,
        expiring_soon: 12,
        soon_days: 30,
        shortages: 2,
        open_recalls: 1,
        ..Attention::default()
    };
    assert_eq!(
        custody_app::alert_text(&busy).as_deref(),
        Some("3 pack(s) expired in stock, 12 expiring within 30 days, 2 shortage(s), 1 open recall(s).")
    );
}
