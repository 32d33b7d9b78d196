//! How the window draws its page. WebKitGTK composites the page with OpenGL. On a computer with
//! no graphics device (a virtual machine, a thin client, the benchmark's machine) that OpenGL is
//! Mesa's software renderer, which draws every changed frame on the processor: 8–15 ms a frame
//! on two cores, while a scan's answer waits behind it. There the window draws without
//! compositing, as WebKit does when asked by `WEBKIT_DISABLE_COMPOSITING_MODE`
//! (docs/decisions/2026-12-02-history-independent-levels.md, eleventh session).

use std::path::Path;

/// Where Linux lists the graphics devices: a render node (`renderD128`…) is a device that
/// OpenGL can draw on.
const GRAPHICS_DEVICES: &str = "/dev/dri";

/// Whether `dir` lists a render node.
fn has_render_node(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Whether the window should draw without compositing: no render node, and nobody has told
/// WebKit what to do (`WEBKIT_DISABLE_COMPOSITING_MODE` set either way is theirs to decide).
fn draws_in_software(devices: &Path, told: bool) -> bool {
    !told && !has_render_node(devices)
}

/// Switches compositing off for the window's webview when this computer has no graphics
/// device ([`draws_in_software`]); a failure leaves WebKit's default and is said.
pub(crate) fn draw_for_this_computer(window: &tauri::WebviewWindow) {
    let told = std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_some();
    if !draws_in_software(Path::new(GRAPHICS_DEVICES), told) {
        return;
    }
    #[cfg(target_os = "linux")]
    if let Err(e) = window.with_webview(|webview| linux::never_composite(&webview.inner())) {
        eprintln!("custody-app: the window keeps compositing in software: {e}");
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(target_os = "linux")]
mod linux {
    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};

    pub(super) fn never_composite(webview: &webkit2gtk::WebView) {
        if let Some(settings) = WebViewExt::settings(webview) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_in_software_only_with_no_render_node_and_no_one_having_said() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            draws_in_software(&dir.path().join("absent"), false),
            "no /dev/dri at all: a virtual machine"
        );
        std::fs::write(dir.path().join("card0"), "").unwrap();
        assert!(
            draws_in_software(dir.path(), false),
            "a display device alone draws no OpenGL"
        );
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(!draws_in_software(dir.path(), false), "a graphics device");
        assert!(
            !draws_in_software(&dir.path().join("absent"), true),
            "WEBKIT_DISABLE_COMPOSITING_MODE set: WebKit does as it says"
        );
    }
}
