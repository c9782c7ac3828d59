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
        // Integer arithmetic in tenths (u128: no overflow for any u64).
        let bytes = u128::from(bytes);
        let mut unit = 1;
        let mut scale: u128 = 1000;
        while bytes >= scale * 1000 - scale / 2 && unit < self.units.len() - 1 {
            scale *= 1000;
            unit += 1;
        }
        let tenths = (bytes * 10 + scale / 2) / scale;
        if tenths < 100 {
            let (whole, tenth) = (tenths / 10, tenths % 10);
            format!("{whole}{}{tenth}\u{a0}{}", self.decimal, self.units[unit])
        } else {
            let whole = ((bytes + scale / 2) / scale) as u64;
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
}
