//! FNV-1a, 64 bits: the portal's one hash, small in the wasm. For telling versions of a
//! text or a view model apart (not for security: anyone can make two inputs collide).

use std::hash::{Hash, Hasher};

/// FNV-1a as a [`Hasher`], so that anything that derives `Hash` can be fingerprinted.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The FNV-1a hash of a value.
pub fn of(value: &(impl Hash + ?Sized)) -> u64 {
    let mut hasher = Fnv::default();
    value.hash(&mut hasher);
    hasher.finish()
}

/// The FNV-1a hash of a text's bytes alone (what `str`'s `Hash` adds after them, a
/// separator, left out): the same as the test server's `ETag` and the store's.
pub fn of_text(text: &str) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_1a_of_known_texts() {
        // The published test vectors of FNV-1a, 64 bits.
        assert_eq!(super::of_text(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::of_text("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::of_text("foobar"), 0x8594_4171_f739_67e8);
        // Values that derive Hash: ("ab", "c") and ("a", "bc") differ.
        assert_ne!(super::of(&("ab", "c")), super::of(&("a", "bc")));
    }
}
