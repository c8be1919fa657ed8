//! The few browser services the UI needs: dates, random ids, file downloads, URL options.

use wasm_bindgen::JsCast;

/// Today's date in the browser's time zone, `YYYY-MM-DD`: the only time a response records.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let pad = |value: u32, width: usize| format!("{value:0width$}");
    format!("{}-{}-{}", pad(now.get_full_year(), 4), pad(now.get_month() + 1, 2), pad(now.get_date(), 2))
}

/// A random response id: 16 bytes from the browser's cryptographic generator, as hex.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Without crypto (very old browsers), Math.random is still unique enough for an id.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Fills `bytes` from the browser's cryptographic generator; `false` (nothing filled) without one:
/// invitation codes must not be guessable, so they are never made from `Math.random`.
pub fn secure_random(bytes: &mut [u8]) -> bool {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(bytes).is_ok())
}

/// The invitation code the page's link carries in its fragment, if any.
pub fn invitation_in_link() -> Option<String> {
    let fragment = web_sys::window()?.location().hash().ok()?;
    crate::setup::invitation_in_fragment(&fragment).map(str::to_owned)
}

/// Offers `contents` to the person as a file named `file_name`; `false` if the browser refused.
pub fn download(file_name: &str, mime: &str, contents: &str) -> bool {
    download_parts(file_name, mime, &js_sys::Array::of1(&contents.into()))
}

/// Offers the strings `parts`, joined, as a file named `file_name` (a file written in pieces
/// is joined by the browser, outside the page's WebAssembly memory); `false` if it refused.
pub fn download_parts(file_name: &str, mime: &str, parts: &js_sys::Array) -> bool {
    let attempt = || -> Option<()> {
        let document = gloo::utils::document();
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        web_sys::Url::revoke_object_url(&url).ok()
    };
    attempt().is_some()
}

/// The value of URL query parameter `name` of the page, if present.
pub fn url_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// Removes query parameter `name` from the address bar without reloading, so a reload does not
/// bring back an option the person turned off.
pub fn remove_url_param(name: &str) {
    change_url_param(name, None);
}

/// Sets query parameter `name` in the address bar without reloading (keeping the rest of the
/// address, a share link's fragment included), so a reload keeps a choice the person made.
pub fn set_url_param(name: &str, value: &str) {
    change_url_param(name, Some(value));
}

fn change_url_param(name: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    match value {
        Some(value) => url.search_params().set(name, value),
        None => url.search_params().delete(name),
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// Sets the page's `lang` and `dir`, so screen readers pronounce the survey in its language and
/// text runs the way the language is written.
pub fn set_page_language(language: &str, direction: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", language);
        let _ = root.set_attribute("dir", direction);
    }
}

/// Sets the page's title (the browser tab's, and what a screen reader says first).
pub fn set_page_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// Name of the page that holds the facilitator's dashboard, beside the survey's page.
pub const DASHBOARD_PAGE: &str = "dashboard.html";

/// Name of the facilitator's set-up page, beside the survey's page.
pub const SETUP_PAGE: &str = "setup.html";

/// Replaces this page with `page` (the dashboard or set-up page), keeping the query (filters,
/// language, survey).
pub fn open_page(page: &str) {
    let Some(window) = web_sys::window() else { return };
    let search = window.location().search().unwrap_or_default();
    let _ = window.location().replace(&format!("{page}{search}"));
}

/// Height, in the PNG's pixels, of the band above the chart that carries its title.
const PNG_TITLE_BAND: u32 = 80;

/// Draws `svg` on a canvas at twice its size under a band with `title` (a PNG pasted into a
/// report keeps saying what it shows) and offers it as a PNG file. The SVG goes in as a `data:`
/// image, which a strict Content-Security-Policy (`img-src 'self' data:`) allows.
pub fn download_svg_as_png(svg: &str, title: &str, file_name: &str) {
    use wasm_bindgen::closure::Closure;
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let encoded = js_sys::encode_uri_component(svg);
    let (file_name, title) = (file_name.to_owned(), title.to_owned());
    let loaded = image.clone();
    let on_load = Closure::once(move || {
        let document = gloo::utils::document();
        let Some(canvas) =
            document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let (width, height) = (loaded.natural_width() * 2, loaded.natural_height() * 2);
        canvas.set_width(width);
        canvas.set_height(height + PNG_TITLE_BAND);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let Some(context) = context {
            context.set_fill_style_str("#ffffff");
            context.fill_rect(0.0, 0.0, f64::from(width), f64::from(PNG_TITLE_BAND));
            context.set_fill_style_str("#000000");
            context.set_font("bold 36px sans-serif");
            let _ = context.fill_text_with_max_width(&title, 20.0, 54.0, f64::from(width) - 40.0);
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
                &loaded,
                0.0,
                f64::from(PNG_TITLE_BAND),
                f64::from(width),
                f64::from(height),
            );
            if let Ok(url) = canvas.to_data_url_with_type("image/png") {
                if let Ok(link) = document.create_element("a") {
                    let link: web_sys::HtmlAnchorElement = link.unchecked_into();
                    link.set_href(&url);
                    link.set_download(&file_name);
                    link.click();
                }
            }
        }
    });
    image.set_onload(Some(on_load.as_ref().unchecked_ref()));
    on_load.forget();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", String::from(encoded)));
}

/// Replaces the page's query with `pairs` without reloading, so the view can be bookmarked.
pub fn set_query(pairs: &[(&str, String)]) {
    let Some(window) = web_sys::window() else { return };
    let Ok(params) = web_sys::UrlSearchParams::new() else { return };
    // The survey the page shows and its language are not part of the view, but must survive a
    // reload.
    for kept in ["survey", "lang"] {
        if let Some(value) = url_param(kept) {
            params.append(kept, &value);
        }
    }
    for (key, value) in pairs {
        params.append(key, value);
    }
    let path = window.location().pathname().unwrap_or_default();
    let query: String = params.to_string().into();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}?{query}")));
    }
}

/// Every (key, value) pair of the page's query.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let trimmed = search.trim_start_matches('?');
    trimmed
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |text: &str| js_sys::decode_uri_component(&text.replace('+', " ")).ok().map(String::from);
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

/// Compresses `bytes` with the browser's `CompressionStream` in raw-DEFLATE format; `None` when
/// the browser lacks it. The stream is not in web-sys's stable API yet, so it is constructed by
/// name; it is itself the {readable, writable} pair that pipeThrough takes.
pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let class: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"CompressionStream".into()).ok()?.dyn_into().ok()?;
    let stream = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&"deflate-raw".into())).ok()?;
    let output = blob.stream().pipe_through(stream.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&output)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Where a tab keeps its id: `sessionStorage` survives a reload of the tab and is not shared
/// with other tabs.
const TAB_KEY: &str = "partnership-pulse:v1:tab";
/// Prefix of the lock each tab holds for as long as it is open.
const TAB_LOCK_PREFIX: &str = "partnership-pulse:tab:";

/// This tab's id, made on its first visit; `None` without `sessionStorage` (the app then keeps
/// one shared draft, as before).
pub fn tab_id() -> Option<String> {
    let session = web_sys::window()?.session_storage().ok().flatten()?;
    if let Ok(Some(id)) = session.get_item(TAB_KEY) {
        return Some(id);
    }
    let id = random_id()[..12].to_owned();
    session.set_item(TAB_KEY, &id).ok()?;
    Some(id)
}

/// Holds the lock of tab `tab` until the tab closes (its callback's promise never settles), so
/// other tabs can tell this one is open and leave its draft alone.
pub fn hold_tab_lock(tab: &str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let Some(locks) = web_locks() else { return };
    let Ok(request) = js_sys::Reflect::get(&locks, &"request".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return;
    };
    let forever = Closure::<dyn FnMut(JsValue) -> js_sys::Promise>::new(|_lock: JsValue| {
        js_sys::Promise::new(&mut |_resolve, _reject| {})
    });
    let _ = request.call2(&locks, &format!("{TAB_LOCK_PREFIX}{tab}").into(), forever.as_ref().unchecked_ref());
    // Kept for the page's life: the lock is released by the browser when the tab goes.
    forever.forget();
}

/// The ids of the tabs of this site that are open now; `None` when the browser cannot tell.
pub async fn open_tabs() -> Option<Vec<String>> {
    let locks = web_locks()?;
    let query: js_sys::Function = js_sys::Reflect::get(&locks, &"query".into()).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = query.call0(&locks).ok()?.dyn_into().ok()?;
    let snapshot = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let held: js_sys::Array = js_sys::Reflect::get(&snapshot, &"held".into()).ok()?.dyn_into().ok()?;
    Some(
        held.iter()
            .filter_map(|lock| js_sys::Reflect::get(&lock, &"name".into()).ok()?.as_string())
            .filter_map(|name| name.strip_prefix(TAB_LOCK_PREFIX).map(str::to_owned))
            .collect(),
    )
}

/// `navigator.locks`, where the browser has Web Locks.
fn web_locks() -> Option<wasm_bindgen::JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"locks".into()).ok().filter(|locks| locks.is_object())
}

/// Why [`inflate_capped`] gave no bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// The data does not decompress (or the browser lacks `DecompressionStream`).
    Damaged,
    /// The data decompresses to more than the cap; reading stopped there.
    TooLarge,
}

/// Inflates raw-DEFLATE `bytes` with the browser's `DecompressionStream`, reading the output a
/// chunk at a time and stopping as soon as it passes `cap` bytes, so a small crafted link cannot
/// make the page hold gigabytes.
pub async fn inflate_capped(bytes: &[u8], cap: usize) -> Result<Vec<u8>, InflateError> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let get =
        |target: &JsValue, name: &str| js_sys::Reflect::get(target, &name.into()).map_err(|_| InflateError::Damaged);
    // The compressed bytes go in a kilobyte at a time, pulled only as the inflater asks for
    // more: DEFLATE expands at most about a thousandfold, so no output chunk passes a megabyte
    // before reading stops (a 64 KB input chunk of a crafted link would inflate to 64 MB at once).
    let pieces: Vec<js_sys::Uint8Array> = bytes.chunks(1024).map(js_sys::Uint8Array::from).collect();
    let pieces = std::cell::RefCell::new(pieces.into_iter());
    let pull = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(move |controller: JsValue| {
        let (method, argument) = match pieces.borrow_mut().next() {
            Some(piece) => ("enqueue", JsValue::from(piece)),
            None => ("close", JsValue::UNDEFINED),
        };
        if let Ok(call) =
            js_sys::Reflect::get(&controller, &method.into()).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = call.call1(&controller, &argument);
        }
    });
    let source = js_sys::Object::new();
    js_sys::Reflect::set(&source, &"pull".into(), pull.as_ref()).map_err(|_| InflateError::Damaged)?;
    let input = web_sys::ReadableStream::new_with_underlying_source(&source).map_err(|_| InflateError::Damaged)?;
    let class: js_sys::Function =
        get(&js_sys::global(), "DecompressionStream")?.dyn_into().map_err(|_| InflateError::Damaged)?;
    let stream = js_sys::Reflect::construct(&class, &js_sys::Array::of1(&"deflate-raw".into()))
        .map_err(|_| InflateError::Damaged)?;
    let output = input.pipe_through(stream.unchecked_ref::<web_sys::ReadableWritablePair>());
    let reader: JsValue = output.get_reader().into();
    let read: js_sys::Function = get(&reader, "read")?.dyn_into().map_err(|_| InflateError::Damaged)?;
    let mut inflated = Vec::new();
    loop {
        let promise: js_sys::Promise =
            read.call0(&reader).map_err(|_| InflateError::Damaged)?.dyn_into().map_err(|_| InflateError::Damaged)?;
        let chunk = JsFuture::from(promise).await.map_err(|_| InflateError::Damaged)?;
        if get(&chunk, "done")?.is_truthy() {
            return Ok(inflated);
        }
        let value: js_sys::Uint8Array = get(&chunk, "value")?.dyn_into().map_err(|_| InflateError::Damaged)?;
        if inflated.len() + value.length() as usize > cap {
            if let Ok(cancel) =
                get(&reader, "cancel").and_then(|f| f.dyn_into::<js_sys::Function>().map_err(|_| InflateError::Damaged))
            {
                let _ = cancel.call0(&reader);
            }
            return Err(InflateError::TooLarge);
        }
        inflated.extend(value.to_vec());
    }
}

/// Why a file chosen by the person could not be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileTextProblem {
    /// Larger than such a file could ever be.
    TooLarge,
    /// The browser could not read it as text.
    Unreadable,
}

/// The whole text of a small file the person chose (a survey or translation file), refused
/// before reading when it is over `max_bytes`.
pub async fn small_file_text(file: &web_sys::File, max_bytes: f64) -> Result<String, FileTextProblem> {
    if file.size() > max_bytes {
        return Err(FileTextProblem::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string());
    text.ok_or(FileTextProblem::Unreadable)
}

/// Puts `text` on the clipboard; `false` when the browser refuses (no permission, or not a
/// secure context), so the caller can ask the person to copy it themselves.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let attempt = async {
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into().ok()?;
        let promise: js_sys::Promise = write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()?;
        wasm_bindgen_futures::JsFuture::from(promise).await.ok()
    };
    attempt.await.is_some()
}

/// Whether the window is phone-narrow (under 37.5em, the width where a section of questions
/// becomes a long scroll): respondents there start with one question a screen.
pub fn is_narrow_screen() -> bool {
    gloo::utils::window().match_media("(max-width: 37.5em)").ok().flatten().is_some_and(|query| query.matches())
}

/// Whether Start was pressed on the welcome screen written into the page, before the app took
/// over (`assets/pre-start.js` marks the page); the mark is taken, so the press counts once.
pub fn take_early_start() -> bool {
    const EARLY: &str = "pp-start-early";
    let Some(root) = gloo::utils::document().document_element() else { return false };
    let classes = root.get_attribute("class").unwrap_or_default();
    if !classes.split_whitespace().any(|class| class == EARLY) {
        return false;
    }
    let kept: Vec<&str> = classes.split_whitespace().filter(|class| *class != EARLY).collect();
    let _ = root.set_attribute("class", &kept.join(" "));
    true
}
