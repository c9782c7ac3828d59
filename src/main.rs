//! Mounts the portal. Everything else lives in the library.

/// TLSF (two-level segregated fit): allocation and freeing in constant time, in less
/// code than the default allocator (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

#[cfg(target_arch = "wasm32")]
fn main() {
    event_portal::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Event Portal runs in the browser: use `make serve` (Trunk builds it for wasm32).");
    std::process::exit(2);
}
