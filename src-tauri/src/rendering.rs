//! How the window draws its page. WebKitGTK composites the page with OpenGL. On a computer
//! without a graphics device the app can use (most virtual machines, a remote desktop's host)
//! that OpenGL is Mesa's software renderer, which draws every changed frame on the processor:
//! 8–15 ms a frame on two cores, while a scan's answer waits behind it. There the window draws
//! without compositing, as WebKit does when `WEBKIT_DISABLE_COMPOSITING_MODE` asks it to
//! (docs/decisions/2026-12-02-history-independent-levels.md, "The verdict drawn with its scan").

use std::path::Path;

/// Where Linux lists the graphics devices.
const GRAPHICS_DEVICES: &str = "/dev/dri";

/// Whether `dir` holds a render node (`renderD128`…) this process can open for reading and
/// writing, as OpenGL would. Only a sign of a graphics device: a virtual one may still draw in
/// software, and then the window keeps compositing in software, as before.
fn usable_render_node(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        e.file_name().to_string_lossy().starts_with("renderD")
            && std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(e.path())
                .is_ok()
    })
}

/// Whether the window should draw without compositing: no usable render node, and nobody has
/// told WebKit what to do (`WEBKIT_DISABLE_COMPOSITING_MODE` set either way is theirs to decide:
/// `0` keeps compositing, anything else switches it off).
fn draws_in_software(devices: &Path, told: bool) -> bool {
    !told && !usable_render_node(devices)
}

/// Switches compositing off for the window's webview when this computer has no graphics
/// device the app can use ([`draws_in_software`]); a failure leaves WebKit's default and is
/// said. Linux only: elsewhere the platform's webview decides.
#[cfg(target_os = "linux")]
pub(crate) fn draw_for_this_computer(window: &tauri::WebviewWindow) {
    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
    let told = std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_some();
    if !draws_in_software(Path::new(GRAPHICS_DEVICES), told) {
        return;
    }
    let switched = window.with_webview(|webview| {
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
    if let Err(e) = switched {
        eprintln!("custody-app: the window keeps compositing in software: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn draw_for_this_computer(_window: &tauri::WebviewWindow) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_in_software_only_with_no_usable_render_node_and_no_one_having_said() {
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
        std::fs::create_dir(dir.path().join("renderD129")).unwrap();
        assert!(
            draws_in_software(dir.path(), false),
            "a render node that cannot be opened is no use"
        );
        std::fs::write(dir.path().join("renderD128"), "").unwrap();
        assert!(!draws_in_software(dir.path(), false), "a graphics device");
        assert!(
            !draws_in_software(&dir.path().join("absent"), true),
            "WEBKIT_DISABLE_COMPOSITING_MODE set: WebKit does as it says"
        );
    }
}
