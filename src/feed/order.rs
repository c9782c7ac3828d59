//! The one sort of the feed's entries. A leaf: the model and the diagnostics order with it.

use std::cmp::Ordering;

/// Positions `0..len` in the order `compare` gives them, equal ones in their original
/// order (a bottom-up merge sort).
///
/// Every sort of the feed goes through this one function, with the comparison passed as
/// a trait object, so the wasm carries one small sort instead of a copy of the standard
/// library's (2 to 5 KB each) for every element type and comparison.
pub(crate) fn sorted_positions(
    len: usize,
    compare: &dyn Fn(usize, usize) -> Ordering,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                let take_left = right >= end
                    || (left < middle && compare(order[left], order[right]) != Ordering::Greater);
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for len in [0, 1, 2, 3, 7, 8, 9, 100, 1000] {
            let keys: Vec<u64> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed % 10
                })
                .collect();
            let ours = sorted_positions(len, &|a, b| keys[a].cmp(&keys[b]));
            let mut expected: Vec<usize> = (0..len).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(ours, expected, "{len} keys");
        }
    }
}
