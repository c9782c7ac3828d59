//! `feedcheck check` compiled to WebAssembly, for `checker/feedcheck.mjs`: the organisers'
//! checker run by Node, where a host's build runs, with no Rust toolchain.
//!
//! The same report as the native `feedcheck` ([`event_portal::feed::report`]), through a
//! small C-like interface that needs no JavaScript glue:
//!
//! - `alloc(len) -> ptr` lends `len` bytes for the caller to write a string into;
//!   `check` takes ownership of them back.
//! - `check(text, text_len, file, file_len, format) -> errors` checks the feed `text` read
//!   from `file`; `format` is 0 for text, 1 for text in colour, 2 for JSON (the problems
//!   as JSON objects joined by commas, for the caller to put in one array). It returns
//!   the number of errors; the report is at `output_ptr()`, `output_len()` bytes long.
//! - It asks the host for files the feed names with the import
//!   `feedcheck.file_size(path, path_len) -> f64`: their size, or -1 when there is none.
//!
//! Built by `make checker` (`cargo build --example feedcheck-wasm --target
//! wasm32-unknown-unknown --release`); natively it is an empty library.

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::sync::Mutex;

    use event_portal::feed::json::write::Json;
    use event_portal::feed::report;

    #[link(wasm_import_module = "feedcheck")]
    unsafe extern "C" {
        /// The size of the file at `path`, or -1 when there is none.
        fn file_size(path: *const u8, len: usize) -> f64;
    }

    /// The last report, kept until the next `check`.
    static OUTPUT: Mutex<String> = Mutex::new(String::new());

    /// `len` bytes for the host to write into; given back to `check`.
    #[unsafe(no_mangle)]
    pub extern "C" fn alloc(len: usize) -> *mut u8 {
        let mut bytes = std::mem::ManuallyDrop::new(Vec::<u8>::with_capacity(len));
        bytes.as_mut_ptr()
    }

    /// The string the host wrote into `alloc(len)`, owned again.
    ///
    /// # Safety
    /// `ptr` comes from `alloc(len)` and holds `len` bytes of UTF-8.
    unsafe fn take(ptr: *mut u8, len: usize) -> String {
        // SAFETY: the caller wrote `len` bytes into the `alloc(len)` block at `ptr`.
        let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
    }

    /// Checks one feed; the number of errors. See the module's documentation.
    ///
    /// # Safety
    /// `text` and `file` come from `alloc` with their lengths, written by the host.
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn check(
        text: *mut u8,
        text_len: usize,
        file: *mut u8,
        file_len: usize,
        format: u32,
    ) -> u32 {
        // SAFETY: as this function's contract says.
        let (text, file) = unsafe { (take(text, text_len), take(file, file_len)) };
        let diagnostics = report::check(&text, report::folder(&file), &mut |path| {
            // SAFETY: the host reads `path.len()` bytes at `path`, during the call only.
            let size = unsafe { file_size(path.as_ptr(), path.len()) };
            (size >= 0.0).then_some(size as u64)
        });
        let shown = match format {
            2 => report::json(&file, &diagnostics)
                .iter()
                .map(Json::to_text)
                .collect::<Vec<_>>()
                .join(","),
            colour => report::text(&file, &diagnostics, colour == 1),
        };
        *OUTPUT.lock().unwrap_or_else(|e| e.into_inner()) = shown;
        report::errors(&diagnostics) as u32
    }

    /// Where the last report starts.
    #[unsafe(no_mangle)]
    pub extern "C" fn output_ptr() -> *const u8 {
        OUTPUT.lock().unwrap_or_else(|e| e.into_inner()).as_ptr()
    }

    /// How many bytes the last report has.
    #[unsafe(no_mangle)]
    pub extern "C" fn output_len() -> usize {
        OUTPUT.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}
