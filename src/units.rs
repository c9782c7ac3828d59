//! Numbers for people: file sizes in human units.

/// A file size the way people read it: `512 bytes`, `86 KB`, `1.4 MB` (SI units, as
/// browsers and operating systems show download sizes).
pub fn file_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} bytes");
    }
    // Integer arithmetic in tenths (u128: no overflow for any u64), so no float
    // formatting code lands in the wasm.
    let bytes = u128::from(bytes);
    let mut unit = 0;
    let mut scale: u128 = 1000;
    while bytes >= scale * 1000 - scale / 2 && unit < UNITS.len() - 1 {
        scale *= 1000;
        unit += 1;
    }
    let tenths = (bytes * 10 + scale / 2) / scale;
    if tenths < 100 {
        format!("{}.{} {}", tenths / 10, tenths % 10, UNITS[unit])
    } else {
        format!("{} {}", (bytes + scale / 2) / scale, UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::file_size;

    #[test]
    fn sizes_read_like_a_download_dialog() {
        assert_eq!(file_size(0), "0 bytes");
        assert_eq!(file_size(999), "999 bytes");
        assert_eq!(file_size(1000), "1.0 KB");
        assert_eq!(file_size(1_449), "1.4 KB");
        assert_eq!(file_size(86_400), "86 KB");
        assert_eq!(file_size(999_499), "999 KB");
        assert_eq!(file_size(999_500), "1.0 MB");
        assert_eq!(file_size(2_400_000), "2.4 MB");
        assert_eq!(file_size(3_000_000_000), "3.0 GB");
        assert_eq!(file_size(9_950), "10 KB");
        assert_eq!(file_size(u64::MAX), "18446744 TB");
    }
}
