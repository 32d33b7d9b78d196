//! The camera in the window. Frames are read and decoded in the webview (a worker with the
//! zxing WebAssembly reader), so video never crosses the IPC; the shell only lets the webview
//! have a camera at all, and in test builds offers a camera of its own.
//!
//! WebKitGTK ships with media streams switched off, and a permission request no one answers is
//! a denial (wry registers no handler): [`allow_camera`] switches them on for the main window and
//! grants its requests for a video device (and for device names, so the camera list is readable)
//! when the page asking is the app's own, never for a microphone. WKWebView (macOS) asks the person once the bundle carries the usage
//! string and entitlement; WebView2 (Windows) asks as Edge does.

/// Lets the window's webview use a camera (Linux: WebKitGTK's setting and permission answer;
/// elsewhere the platform asks the person).
pub(crate) fn allow_camera(window: &tauri::WebviewWindow) {
    #[cfg(target_os = "linux")]
    if let Err(e) = window.with_webview(|webview| linux::allow(&webview.inner())) {
        eprintln!("custody-app: the camera cannot be offered in this window: {e}");
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(target_os = "linux")]
mod linux {
    use webkit2gtk::glib::prelude::{Cast, ObjectExt};
    use webkit2gtk::{
        DeviceInfoPermissionRequest, PermissionRequestExt, SettingsExt, UserMediaPermissionRequest,
        UserMediaPermissionRequestExt, WebViewExt,
    };

    pub(super) fn allow(webview: &webkit2gtk::WebView) {
        if let Some(settings) = WebViewExt::settings(webview) {
            settings.set_enable_media_stream(true);
        }
        webview.connect_permission_request(|webview, request| {
            let own = webview.uri().is_some_and(|uri| super::own_page(&uri));
            let video_only = request
                .downcast_ref::<UserMediaPermissionRequest>()
                .map(|r| r.is_for_video_device() && !r.is_for_audio_device());
            match video_only {
                Some(true) if own => request.allow(),
                Some(_) => request.deny(),
                None if !own => return false,
                None if request.is::<DeviceInfoPermissionRequest>() => request.allow(),
                // Anything else (notifications, geolocation…) keeps WebKit's own answer.
                None => return false,
            }
            true
        });
    }
}

/// Whether `uri` is a page of the app itself: its custom protocol, or the Vite dev server of a
/// development build. A page anywhere else is never given the camera.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn own_page(uri: &str) -> bool {
    [
        "tauri://localhost/",
        "http://tauri.localhost/",
        "http://127.0.0.1:1420/",
    ]
    .iter()
    .any(|origin| uri.starts_with(origin) || uri == origin.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::own_page;

    #[test]
    fn only_the_apps_own_pages_get_the_camera() {
        assert!(own_page("tauri://localhost/"));
        assert!(own_page("tauri://localhost/index.html#scan"));
        assert!(own_page("http://127.0.0.1:1420"));
        assert!(!own_page("tauri://localhost.example.com/"));
        assert!(!own_page("https://example.com/tauri://localhost/"));
        assert!(!own_page("http://127.0.0.1:14200/"));
    }
}

/// A test camera's codes, each as the modules of its GS1 DataMatrix, for the webview to film
/// (drawn on a canvas and captured as a stream). Only a build with the `fake-camera` feature
/// offers one, and only when `CUSTODY_FAKE_CAMERA` names the codes (one element string per line,
/// `<GS>` for the group separator); every other build has no such camera.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct TestSymbol {
    /// The element string the symbol carries, as a scanner would send it.
    pub code: String,
    /// Each row of modules, top first: `1` dark, `0` light.
    pub rows: Vec<String>,
}

/// The test camera's symbols, `None` in a build or a run without one.
pub(crate) fn test_source() -> Result<Option<Vec<TestSymbol>>, String> {
    #[cfg(feature = "fake-camera")]
    {
        match std::env::var("CUSTODY_FAKE_CAMERA") {
            Ok(codes) => fake::symbols(&codes).map(Some),
            Err(_) => Ok(None),
        }
    }
    #[cfg(not(feature = "fake-camera"))]
    Ok(None)
}

#[cfg(feature = "fake-camera")]
mod fake {
    use datamatrix::{DataMatrix, SymbolList};

    use super::TestSymbol;

    pub(super) fn symbols(codes: &str) -> Result<Vec<TestSymbol>, String> {
        codes
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| symbol(&line.replace("<GS>", "\u{1d}")))
            .collect()
    }

    fn symbol(code: &str) -> Result<TestSymbol, String> {
        let symbol =
            DataMatrix::encode_gs1(code.as_bytes(), SymbolList::default().enforce_square())
                .map_err(|e| format!("the test camera cannot show {code:?}: {e:?}"))?;
        let bitmap = symbol.bitmap();
        let side = bitmap.width();
        let mut rows = vec![vec![b'0'; side]; bitmap.height()];
        for (x, y) in bitmap.pixels() {
            rows[y][x] = b'1';
        }
        Ok(TestSymbol {
            code: format!("]d2{code}"),
            rows: rows
                .into_iter()
                .map(|r| String::from_utf8_lossy(&r).into_owned())
                .collect(),
        })
    }
}
