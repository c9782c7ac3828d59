//! The agenda's room-by-time grid, with no DOM: where each session sits, and how the
//! grid closes up around what a search or filter leaves.
//!
//! A day's grid has a column for each room it uses and a row for each five minutes,
//! grouped in half hours ("blocks"). Elements do not carry grid lines themselves: a
//! session's place names its blocks and room (`calc(var(--b3) + 2) / …`,
//! `var(--c1)`), and the day's list carries the line where each block and room starts
//! (`--b3: 20`, `--c1: 3`). Closing the grid up around the shown sessions is then a
//! matter of a few dozen properties on the list, never of the 2,000 sessions.

use crate::feed::{Session, SessionKind};

/// The grid's time step: a row is five minutes.
pub const SLOT: i64 = 300;
/// A block: the half hour that a time mark labels.
pub const MARK: i64 = 1800;
/// Rows in a block.
const ROWS: i64 = MARK / SLOT;

/// One day's grid as the feed lays it out: its rooms and its hours.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The rooms the day uses, as columns, in the feed's order.
    pub rooms: Vec<String>,
    /// The first half hour, and the end of the day's last session (Unix seconds).
    pub from: i64,
    pub until: i64,
}

impl Frame {
    /// The frame of a day's sessions, whose rooms are `rooms` (the feed's, in order).
    pub fn of<'a>(rooms: impl IntoIterator<Item = &'a str>, sessions: &[&Session]) -> Self {
        let start = sessions.iter().map(|s| s.start.unix).min().unwrap_or(0);
        Frame {
            rooms: rooms
                .into_iter()
                .filter(|room| {
                    sessions
                        .iter()
                        .any(|s| s.room.as_deref() == Some(*room) && !super::is_break(s))
                })
                .map(str::to_owned)
                .collect(),
            from: start - start.rem_euclid(MARK),
            until: sessions.iter().map(|s| s.end.unix).max().unwrap_or(0),
        }
    }

    /// How many half hours the day spans.
    pub fn blocks(&self) -> usize {
        ((self.until - self.from).max(0) as usize).div_ceil(MARK as usize)
    }

    /// The block an instant falls in, and its row within it.
    fn block_of(&self, unix: i64) -> (usize, i64) {
        let since = (unix - self.from).max(0);
        ((since / MARK) as usize, (since % MARK) / SLOT)
    }

    /// The column of a session's room, or `None` for all columns (a break, a session
    /// in no room or in a room the grid has no column for).
    fn column_of(&self, session: &Session) -> Option<usize> {
        if session.kind == SessionKind::Break {
            return None;
        }
        let room = session.room.as_ref()?;
        self.rooms.iter().position(|r| r == room)
    }

    /// A session's `grid-row` and `grid-column`, by its blocks and room.
    pub fn place(&self, session: &Session) -> (String, String) {
        let (first, row) = self.block_of(session.start.unix);
        // The end, counted from the block of its last second, so that a session ending
        // on the hour never names the next (possibly closed) block.
        let (last, _) = self.block_of(session.end.unix - 1);
        let last = last.max(first);
        let rows = (session.end.unix - self.from - last as i64 * MARK) / SLOT;
        let rows = if last == first {
            rows.max(row + 1)
        } else {
            rows
        };
        let column = match self.column_of(session) {
            Some(room) => format!("var(--c{room})"),
            None => "2 / -1".to_owned(),
        };
        (
            format!("calc(var(--b{first}) + {row}) / calc(var(--b{last}) + {rows})"),
            column,
        )
    }

    /// The `grid-row` of a time mark (block `block`'s first row) or, with `row`, of a
    /// line inside a block.
    pub fn row_in(&self, unix: i64) -> String {
        let (block, row) = self.block_of(unix);
        format!("calc(var(--b{block}) + {row}) / span 1")
    }
}

/// Which rooms and half hours of a day's grid keep their place, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// For each room of the frame, the grid line of its column (from 2: column 1 holds
    /// the times), or `None` when it holds no shown session.
    pub columns: Vec<Option<usize>>,
    /// For each block, the grid line of its first row (from 2: row 1 holds the rooms'
    /// names), or `None` when no shown session touches it.
    pub blocks: Vec<Option<i64>>,
    /// How many rows of time the grid has.
    pub rows: i64,
}

impl Fit {
    /// The grid as the feed lays it out: every room and every half hour.
    pub fn whole(frame: &Frame) -> Self {
        Fit {
            columns: (0..frame.rooms.len()).map(|i| Some(i + 2)).collect(),
            blocks: (0..frame.blocks())
                .map(|b| Some(2 + b as i64 * ROWS))
                .collect(),
            rows: (frame.until - frame.from + SLOT - 1) / SLOT,
        }
    }

    /// The grid closed up around the `shown` sessions of the day (each with whether a
    /// filter shows it): only the rooms and the half hours that hold one. A session in
    /// all columns (a break) keeps its half hours but no room.
    pub fn around<'a>(
        frame: &Frame,
        sessions: impl IntoIterator<Item = (&'a Session, bool)>,
    ) -> Self {
        let mut rooms = vec![false; frame.rooms.len()];
        let mut blocks = vec![false; frame.blocks()];
        for (session, _) in sessions.into_iter().filter(|(_, shown)| *shown) {
            if let Some(room) = frame.column_of(session) {
                rooms[room] = true;
            }
            let (first, _) = frame.block_of(session.start.unix);
            let (last, _) = frame.block_of(session.end.unix - 1);
            for block in blocks.iter_mut().take(last.max(first) + 1).skip(first) {
                *block = true;
            }
        }
        let mut next = 2;
        let columns = rooms
            .into_iter()
            .map(|kept| {
                kept.then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let mut line = 2;
        let blocks = blocks
            .into_iter()
            .map(|kept| {
                kept.then(|| {
                    line += ROWS;
                    line - ROWS
                })
            })
            .collect();
        Fit {
            columns,
            blocks,
            rows: line - 2,
        }
    }

    /// How many columns of rooms the grid has (at least one, for a day of breaks).
    pub fn room_count(&self) -> usize {
        self.columns.iter().flatten().count().max(1)
    }

    /// The custom properties that say where each kept room and block starts; those of
    /// closed ones keep their last value (nothing shown refers to them).
    pub fn properties(&self) -> impl Iterator<Item = (String, String)> + '_ {
        let columns = self
            .columns
            .iter()
            .enumerate()
            .filter_map(|(i, line)| line.map(|line| (format!("--c{i}"), line.to_string())));
        let blocks = self
            .blocks
            .iter()
            .enumerate()
            .filter_map(|(i, line)| line.map(|line| (format!("--b{i}"), line.to_string())));
        columns.chain(blocks).chain([
            ("--rooms".to_owned(), self.room_count().to_string()),
            ("--slots".to_owned(), self.rows.max(1).to_string()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::DateTime;

    /// A session of `kind` in `room` from `start` for `minutes` (seconds since 09:00).
    fn session(room: Option<&str>, start: i64, minutes: i64, kind: SessionKind) -> Session {
        let at = |unix| DateTime {
            unix,
            offset_minutes: 0,
        };
        Session {
            source: Default::default(),
            id: "s".into(),
            title: crate::feed::Text::Plain("A session".into()),
            kind,
            start: at(NINE + start),
            end: at(NINE + start + minutes * 60),
            room: room.map(str::to_owned),
            track: None,
            speakers: Vec::new(),
            moderators: Vec::new(),
            abstract_text: None,
            documents: Vec::new(),
            livestream: None,
            recording: None,
            status: Default::default(),
        }
    }

    const NINE: i64 = 1_554_195_600; // 2019-04-02 09:00 UTC
    const HOUR: i64 = 3600;

    fn day() -> (Frame, Vec<Session>) {
        let sessions = vec![
            session(Some("a"), 0, 60, SessionKind::Talk),
            session(None, HOUR, 30, SessionKind::Break),
            session(Some("b"), HOUR + 1800, 45, SessionKind::Panel),
            session(Some("c"), 9 * HOUR + 1800, 60, SessionKind::Talk),
        ];
        let refs: Vec<&Session> = sessions.iter().collect();
        (Frame::of(["a", "b", "c", "unused"], &refs), sessions)
    }

    #[test]
    fn a_frame_has_the_rooms_the_day_uses_and_its_half_hours() {
        let (frame, _) = day();
        assert_eq!(frame.rooms, ["a", "b", "c"]);
        assert_eq!(frame.from, NINE);
        // 09:00 to 19:30: 21 half hours.
        assert_eq!(frame.blocks(), 21);
    }

    #[test]
    fn places_name_blocks_and_rooms_and_fall_on_the_lines_of_the_whole_grid() {
        let (frame, sessions) = day();
        let (row, column) = frame.place(&sessions[2]);
        // 10:30 to 11:15: block 3 from its first row, to block 4's fourth line.
        assert_eq!(row, "calc(var(--b3) + 0) / calc(var(--b4) + 3)");
        assert_eq!(column, "var(--c1)");
        // A break spans every column.
        assert_eq!(frame.place(&sessions[1]).1, "2 / -1");
        // Ending on the hour names the block of its last minute, not the next one.
        assert_eq!(
            frame.place(&sessions[0]).0,
            "calc(var(--b0) + 0) / calc(var(--b1) + 6)"
        );
        // On the whole grid, block 3 starts at line 2 + 3 × 6, as rows of five minutes.
        let whole = Fit::whole(&frame);
        assert_eq!(whole.blocks[3], Some(20));
        assert_eq!(whole.columns, [Some(2), Some(3), Some(4)]);
        assert_eq!(whole.rows, 126);
    }

    #[test]
    fn a_search_that_leaves_one_late_session_closes_the_grid_up_around_it() {
        let (frame, sessions) = day();
        let shown = [false, false, false, true];
        let fit = Fit::around(&frame, sessions.iter().zip(shown));
        // Only room c, as the first column; only its hour (18:30 to 19:30), as the
        // first rows.
        assert_eq!(fit.columns, [None, None, Some(2)]);
        assert_eq!(fit.blocks.iter().flatten().collect::<Vec<_>>(), [&2, &8]);
        assert_eq!(fit.blocks[19..], [Some(2), Some(8)]);
        assert_eq!(fit.room_count(), 1);
        assert_eq!(fit.rows, 12);
        let properties: Vec<_> = fit.properties().collect();
        assert!(properties.contains(&("--c2".into(), "2".into())));
        assert!(properties.contains(&("--b19".into(), "2".into())));
        assert!(properties.contains(&("--rooms".into(), "1".into())));
        assert!(!properties.iter().any(|(name, _)| name == "--c0"));
    }

    #[test]
    fn shown_sessions_keep_every_half_hour_they_span_and_a_break_no_room() {
        let (frame, sessions) = day();
        let shown = [true, true, true, false];
        let fit = Fit::around(&frame, sessions.iter().zip(shown));
        assert_eq!(fit.columns, [Some(2), Some(3), None]);
        // 09:00 to 11:15: blocks 0 to 4, one after the other.
        assert_eq!(
            fit.blocks[..6],
            [Some(2), Some(8), Some(14), Some(20), Some(26), None]
        );
        assert_eq!(fit.rows, 30);
        // Nothing shown: no room, no row, yet a grid of one column.
        let none = Fit::around(&frame, sessions.iter().zip([false; 4]));
        assert_eq!(none.room_count(), 1);
        assert_eq!(none.rows, 0);
    }
}
