//! Mounts the portal. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    event_portal::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Event Portal runs in the browser: use `make serve` (Trunk builds it for wasm32).");
    std::process::exit(2);
}
