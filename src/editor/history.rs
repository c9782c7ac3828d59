//! Undo and redo across every change: each change pushes the state it leaves, undo
//! steps back, redo forward, and a new change after an undo drops the states undone.

/// The states of a draft, the current one included.
#[derive(Clone, Debug)]
pub struct History<T> {
    states: Vec<T>,
    /// Index of the current state.
    at: usize,
    /// How many states are kept: the oldest go first.
    limit: usize,
}

impl<T: Clone + PartialEq> History<T> {
    /// A history that starts at `state` and keeps at most `limit` states (at least 2).
    pub fn new(state: T, limit: usize) -> Self {
        Self {
            states: vec![state],
            at: 0,
            limit: limit.max(2),
        }
    }

    /// The current state.
    pub fn current(&self) -> &T {
        &self.states[self.at]
    }

    /// Records `state` as the current one, after the current one (the states undone
    /// before it are dropped). A state equal to the current one is no change.
    pub fn change(&mut self, state: T) {
        if state == *self.current() {
            return;
        }
        self.states.truncate(self.at + 1);
        self.states.push(state);
        if self.states.len() > self.limit {
            self.states.remove(0);
        }
        self.at = self.states.len() - 1;
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.states.len()
    }

    /// Steps back one change; the state now current, if there was one to undo.
    pub fn undo(&mut self) -> Option<&T> {
        self.can_undo().then(|| {
            self.at -= 1;
            &self.states[self.at]
        })
    }

    /// Steps forward one undone change; the state now current, if there was one.
    pub fn redo(&mut self) -> Option<&T> {
        self.can_redo().then(|| {
            self.at += 1;
            &self.states[self.at]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_changes_and_a_new_change_drops_what_was_undone() {
        let mut history = History::new("a", 10);
        assert!(!history.can_undo() && !history.can_redo());
        history.change("b");
        history.change("c");
        assert_eq!(history.undo(), Some(&"b"));
        assert_eq!(history.undo(), Some(&"a"));
        assert_eq!(history.undo(), None);
        assert_eq!(history.redo(), Some(&"b"));
        history.change("d");
        assert_eq!(history.redo(), None, "c was dropped by the new change");
        assert_eq!(history.undo(), Some(&"b"));
        assert_eq!(*history.current(), "b");
    }

    #[test]
    fn no_change_is_no_step_and_the_oldest_go_past_the_limit() {
        let mut history = History::new(0, 3);
        history.change(0);
        assert!(!history.can_undo());
        for n in 1..=5 {
            history.change(n);
        }
        assert_eq!(history.undo(), Some(&4));
        assert_eq!(history.undo(), Some(&3));
        assert_eq!(history.undo(), None);
    }
}
