//! Numbers for people in each language: digit grouping, and file sizes in human units.
//!
//! Written in Rust rather than asked of `Intl.NumberFormat`, so that the counts inside
//! the catalogues' sentences are formatted too, natively tested, and with no float
//! formatting code in the wasm (integer arithmetic in tenths).

/// How a language writes numbers.
pub struct Numbers {
    /// Between groups of three digits: "," in English, a narrow no-break space in French.
    pub group: &'static str,
    /// Before the decimals: "." or ",".
    pub decimal: &'static str,
    /// The fewest digits before the first separator: 2 in Spanish (1000, but 10.000).
    pub min_grouping: usize,
    /// Bytes, then the SI multiples from kilo to tera, as the language abbreviates them.
    pub units: [&'static str; 5],
}

impl Numbers {
    /// A whole number with its digits grouped: `12,345`, `12 345`, `1234` in Spanish.
    pub fn integer(&self, n: u64) -> String {
        let digits = n.to_string();
        if digits.len() < 4 + self.min_grouping - 1 {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * self.group.len());
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(digit);
        }
        out
    }

    /// A file size the way people read it: `512 bytes`, `86 KB`, `1.4 MB` (SI units, as
    /// browsers and operating systems show download sizes), in this language's words.
    pub fn file_size(&self, bytes: u64) -> String {
        if bytes < 1000 {
            return format!("{bytes}\u{a0}{}", self.units[0]);
        }
        // Integer arithmetic in u64 (u128 brought in 128-bit division, 0.9 KB of wasm):
        // `scale` is at most 10^12, and tenths are only counted below 10 units.
        let mut unit = 1;
        let mut scale: u64 = 1000;
        while bytes >= scale * 1000 - scale / 2 && unit < self.units.len() - 1 {
            scale *= 1000;
            unit += 1;
        }
        // Below 9.95 units, one decimal: `(bytes * 10 + scale / 2) / scale` tenths.
        if bytes < 10 * scale - scale / 20 {
            let tenths = (bytes * 10 + scale / 2) / scale;
            let (whole, tenth) = (tenths / 10, tenths % 10);
            format!("{whole}{}{tenth}\u{a0}{}", self.decimal, self.units[unit])
        } else {
            let whole = bytes / scale + u64::from(bytes % scale >= scale / 2);
            format!("{}\u{a0}{}", self.integer(whole), self.units[unit])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Numbers;

    const EN: Numbers = Numbers {
        group: ",",
        decimal: ".",
        min_grouping: 1,
        units: ["bytes", "KB", "MB", "GB", "TB"],
    };
    const FR: Numbers = Numbers {
        group: "\u{202f}",
        decimal: ",",
        min_grouping: 1,
        units: ["octets", "ko", "Mo", "Go", "To"],
    };
    const ES: Numbers = Numbers {
        group: ".",
        decimal: ",",
        min_grouping: 2,
        units: ["bytes", "kB", "MB", "GB", "TB"],
    };

    #[test]
    fn digits_are_grouped_by_three() {
        assert_eq!(EN.integer(0), "0");
        assert_eq!(EN.integer(999), "999");
        assert_eq!(EN.integer(2_000), "2,000");
        assert_eq!(EN.integer(1_234_567), "1,234,567");
        assert_eq!(FR.integer(12_345), "12\u{202f}345");
        assert_eq!(ES.integer(2_000), "2000");
        assert_eq!(ES.integer(20_000), "20.000");
        assert_eq!(ES.integer(1_234_567), "1.234.567");
    }

    #[test]
    fn sizes_read_like_a_download_dialog() {
        let size = |bytes| EN.file_size(bytes).replace('\u{a0}', " ");
        assert_eq!(size(0), "0 bytes");
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(1000), "1.0 KB");
        assert_eq!(size(1_449), "1.4 KB");
        assert_eq!(size(86_400), "86 KB");
        assert_eq!(size(999_499), "999 KB");
        assert_eq!(size(999_500), "1.0 MB");
        assert_eq!(size(2_400_000), "2.4 MB");
        assert_eq!(size(3_000_000_000), "3.0 GB");
        assert_eq!(size(9_950), "10 KB");
        assert_eq!(size(u64::MAX), "18,446,744 TB");
        assert_eq!(FR.file_size(2_400_000), "2,4\u{a0}Mo");
        assert_eq!(ES.file_size(86_400), "86\u{a0}kB");
    }

    /// The rounding of 128-bit arithmetic, where no product can overflow.
    fn exact(bytes: u64) -> (u128, u128, usize) {
        let bytes = u128::from(bytes);
        let (mut scale, mut unit) = (1000u128, 1);
        while bytes >= scale * 1000 - scale / 2 && unit < 4 {
            scale *= 1000;
            unit += 1;
        }
        let tenths = (bytes * 10 + scale / 2) / scale;
        (tenths, (bytes + scale / 2) / scale, unit)
    }

    #[test]
    fn sizes_round_as_exact_arithmetic_would_at_every_boundary() {
        let mut values = vec![u64::MAX, u64::MAX - 1, u64::MAX / 10, u64::MAX / 10 + 1];
        for power in 3..=18 {
            let scale = 10u64.pow(power);
            for edge in [scale, scale * 10 - scale / 20, scale - scale / 2, scale / 2] {
                values.extend((0..3).map(|d| edge.saturating_add(d)));
                values.extend((1..3).map(|d| edge.saturating_sub(d)));
            }
        }
        values.extend((1000..200_000).step_by(7));
        for bytes in values.into_iter().filter(|b| *b >= 1000) {
            let (tenths, whole, unit) = exact(bytes);
            let expected = if tenths < 100 {
                format!("{}.{} {}", tenths / 10, tenths % 10, EN.units[unit])
            } else {
                format!("{} {}", EN.integer(whole as u64), EN.units[unit])
            };
            assert_eq!(
                EN.file_size(bytes).replace('\u{a0}', " "),
                expected,
                "{bytes}"
            );
        }
    }
}
