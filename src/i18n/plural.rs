//! Plural categories of whole numbers, by the CLDR rules of each interface language.
//!
//! A catalogue chooses a word's form by the category of the number it counts: Russian
//! says 1 минуту, 2 минуты, 5 минут; Arabic has six forms; Chinese one. Only whole
//! numbers are counted in the interface, so only the integer rules are here.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// English: one for 1.
pub fn english(n: u64) -> Category {
    if n == 1 {
        Category::One
    } else {
        Category::Other
    }
}

/// French: one for 0 and 1; many for whole millions ("1 million de sessions").
pub fn french(n: u64) -> Category {
    match n {
        0 | 1 => Category::One,
        n if n.is_multiple_of(1_000_000) => Category::Many,
        _ => Category::Other,
    }
}

/// Spanish: one for 1; many for whole millions.
pub fn spanish(n: u64) -> Category {
    match n {
        1 => Category::One,
        0 => Category::Other,
        n if n.is_multiple_of(1_000_000) => Category::Many,
        _ => Category::Other,
    }
}

/// Russian: one for 1, 21, 31… (not 11); few for 2–4, 22–24… (not 12–14); many else.
pub fn russian(n: u64) -> Category {
    match (n % 10, n % 100) {
        (1, tens) if tens != 11 => Category::One,
        (2..=4, tens) if !(12..=14).contains(&tens) => Category::Few,
        _ => Category::Many,
    }
}

/// Arabic: zero, one, two; few for 3–10 (and 103–110…); many for 11–99 (and 111–199…).
pub fn arabic(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

/// Chinese: one form for every number.
pub fn chinese(_n: u64) -> Category {
    Category::Other
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    fn categories(rule: fn(u64) -> Category, numbers: &[u64]) -> Vec<Category> {
        numbers.iter().map(|&n| rule(n)).collect()
    }

    #[test]
    fn russian_counts_by_the_last_digits() {
        assert_eq!(
            categories(
                russian,
                &[0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1_000]
            ),
            [
                Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Many
            ]
        );
    }

    #[test]
    fn arabic_has_six_forms() {
        assert_eq!(
            categories(arabic, &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1_000]),
            [
                Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other
            ]
        );
    }

    #[test]
    fn french_counts_zero_as_one_and_spanish_does_not() {
        assert_eq!(
            categories(french, &[0, 1, 2, 1_000_000]),
            [One, One, Other, Many]
        );
        assert_eq!(
            categories(spanish, &[0, 1, 2, 2_000_000]),
            [Other, One, Other, Many]
        );
        assert_eq!(categories(english, &[0, 1, 2]), [Other, One, Other]);
        assert_eq!(categories(chinese, &[0, 1, 2]), [Other, Other, Other]);
    }
}
