//! Undo and redo across every change. The history keeps the [`Edit`]s made, not copies
//! of the draft (a 2,000-session feed is megabytes in memory; an edit is a field): undo
//! applies the last edit's inverse, redo applies it again. Typing in one field is one
//! edit until the organiser leaves the field ([`History::seal`]).

use super::document::Edit;
use crate::feed::json::Node;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    done: Vec<Edit>,
    undone: Vec<Edit>,
    /// The last edit is closed: the next one in the same field is a new step.
    sealed: bool,
}

/// How many edits are kept: the oldest go first.
const LIMIT: usize = 500;

impl History {
    /// Makes `edit` in `root` and records it; a new change drops what was undone.
    /// False when the edit does not apply.
    pub fn make(&mut self, root: &mut Node, edit: Edit) -> bool {
        if !edit.apply(root) {
            return false;
        }
        self.undone.clear();
        match self.done.last_mut() {
            Some(last) if !self.sealed && last.same_field(&edit) => last.merge(edit),
            _ => {
                self.done.push(edit);
                if self.done.len() > LIMIT {
                    self.done.remove(0);
                }
            }
        }
        self.sealed = false;
        true
    }

    /// Whether the last edit is a run of typing still open (not yet [`History::seal`]ed,
    /// undone or redone).
    pub fn typing(&self) -> bool {
        !self.sealed && !self.done.is_empty()
    }

    /// Ends the current run of typing: the next change is a step of its own.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// A history that goes on from `done` (oldest first) and `undone` (the next to redo
    /// last): one read back from storage (`super::kept`). Sealed: the next change is a
    /// step of its own.
    pub fn from_edits(done: Vec<Edit>, undone: Vec<Edit>) -> History {
        History {
            done,
            undone,
            sealed: true,
        }
    }

    /// The edits made, oldest first.
    pub fn done(&self) -> &[Edit] {
        &self.done
    }

    /// The edits undone, the next to redo last.
    pub fn undone(&self) -> &[Edit] {
        &self.undone
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Undoes the last change in `root`; false when there was none.
    pub fn undo(&mut self, root: &mut Node) -> bool {
        let Some(edit) = self.done.pop() else {
            return false;
        };
        edit.inverse().apply(root);
        self.undone.push(edit);
        self.sealed = true;
        true
    }

    /// Makes the last undone change again; false when there was none.
    pub fn redo(&mut self, root: &mut Node) -> bool {
        let Some(edit) = self.undone.pop() else {
            return false;
        };
        edit.apply(root);
        self.done.push(edit);
        self.sealed = true;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::document::{Step, string, text_at};
    use crate::feed::json::parse;

    fn title() -> Vec<Step> {
        vec![Step::Field("event"), Step::Field("title")]
    }

    fn type_title(history: &mut History, root: &mut Node, text: &str) {
        let edit = Edit::set(root, title(), Some(string(text)));
        assert!(history.make(root, edit));
    }

    #[test]
    fn undo_and_redo_walk_the_changes_and_a_new_change_drops_what_was_undone() {
        let mut root = parse(r#"{"event": {"title": "a"}}"#).unwrap();
        let mut history = History::default();
        assert!(!history.can_undo() && !history.can_redo());
        type_title(&mut history, &mut root, "b");
        history.seal();
        type_title(&mut history, &mut root, "c");
        history.seal();
        assert!(history.undo(&mut root));
        assert_eq!(text_at(&root, &title()), "b");
        assert!(history.undo(&mut root));
        assert_eq!(text_at(&root, &title()), "a");
        assert!(!history.undo(&mut root));
        assert!(history.redo(&mut root));
        assert_eq!(text_at(&root, &title()), "b");
        type_title(&mut history, &mut root, "d");
        assert!(!history.redo(&mut root), "c was dropped by the new change");
        assert!(history.undo(&mut root));
        assert_eq!(text_at(&root, &title()), "b");
    }

    #[test]
    fn a_run_of_typing_is_one_step_until_the_field_is_left() {
        let mut root = parse(r#"{"event": {"title": "a"}}"#).unwrap();
        let mut history = History::default();
        for text in ["ab", "abc", "abcd"] {
            type_title(&mut history, &mut root, text);
        }
        history.seal();
        type_title(&mut history, &mut root, "abcde");
        assert!(history.undo(&mut root));
        assert_eq!(text_at(&root, &title()), "abcd");
        assert!(history.undo(&mut root));
        assert_eq!(
            text_at(&root, &title()),
            "a",
            "the first run undone at once"
        );
    }
}
