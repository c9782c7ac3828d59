//! The editor's state, shared by its views through context: the draft document, its
//! history, the published version it is compared with, and what is selected. It lives
//! as long as the page, so the portal's pages can show the draft and lead back to it.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use super::files;
use crate::editor::document::{self, Edit, Path, Step};
use crate::editor::history::History;
use crate::editor::kept::{self, Kept, pick_title};
use crate::editor::words::fill;
use crate::editor::{coverage, ids};
use crate::feed::json::{self, Node, Value};
use crate::feed::{self, Feed, format};
use crate::store::FeedStore;

/// The name the draft is checked and previewed under when nothing named it.
pub const DRAFT_NAME: &str = "event.json";

/// What an organiser asked for that needs an answer (saving over a changed file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asking {
    SaveOver,
}

#[derive(Clone, Copy)]
pub struct Editor {
    /// The draft, once one is open.
    doc: StoredValue<Option<Node>, LocalStorage>,
    history: StoredValue<History, LocalStorage>,
    /// The published feed, as read, to compare the draft with.
    pub published: StoredValue<Option<Arc<Feed>>, LocalStorage>,
    /// The file being edited (its name), once one is open.
    pub file: RwSignal<Option<String>>,
    /// The file opened with the browser's file picker, to save back to, and when it was
    /// last written.
    handle: StoredValue<Option<(JsValue, f64)>, LocalStorage>,
    /// When the draft last changed (ms), and when it was saved or downloaded after that.
    changed: StoredValue<Option<f64>, LocalStorage>,
    saved: StoredValue<Option<f64>, LocalStorage>,
    /// The draft began as a new event: nothing published is its earlier version.
    pub new_event: RwSignal<bool>,
    /// Bumped once the checks have read a change: lists, coverage and changes follow it
    /// (not every keystroke: typing stays fast on 2,000 sessions).
    pub checked: RwSignal<u64>,
    /// Bumped when values change other than by typing in their field (undo, redo, a
    /// rename, opening): the forms are built again from the document.
    pub generation: RwSignal<u64>,
    /// Bumped by every change of the document (an edit, undo, redo, opening): what is
    /// drawn from the document itself follows it (the schedule).
    pub version: RwSignal<u64>,
    pub can_undo: RwSignal<bool>,
    /// Texts per language shown side by side, a column a language, in every entry.
    pub side_by_side: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// The entry being edited: its list and index.
    pub selected: RwSignal<Option<(&'static str, usize)>>,
    /// A draft kept by an earlier visit, until the organiser chooses.
    pub kept: RwSignal<Option<Kept>>,
    /// A question waiting for an answer.
    pub asking: RwSignal<Option<Asking>>,
    /// The last thing done, announced politely.
    pub said: RwSignal<String>,
    /// Texts per language set aside when switched to one text, to come back.
    set_aside: StoredValue<Vec<(Path, Node)>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// A field to move the focus to once its form is built.
    pub focus: RwSignal<Option<String>>,
    store: FeedStore,
}

/// The editor, from context.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

impl Editor {
    pub fn new(store: FeedStore) -> Self {
        Self {
            doc: StoredValue::new_local(None),
            history: StoredValue::new_local(History::default()),
            published: StoredValue::new_local(None),
            file: RwSignal::new(None),
            handle: StoredValue::new_local(None),
            changed: StoredValue::new_local(None),
            saved: StoredValue::new_local(None),
            new_event: RwSignal::new(false),
            checked: RwSignal::new(0),
            generation: RwSignal::new(0),
            version: RwSignal::new(0),
            side_by_side: RwSignal::new(false),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            selected: RwSignal::new(None),
            kept: RwSignal::new(None),
            asking: RwSignal::new(None),
            said: RwSignal::new(String::new()),
            set_aside: StoredValue::new_local(Vec::new()),
            timer: StoredValue::new_local(None),
            focus: RwSignal::new(None),
            store,
        }
    }

    pub fn is_open(self) -> bool {
        self.doc.with_value(Option::is_some)
    }

    /// Reads the draft (or a part of it); `None` before one is open.
    pub fn with<T>(self, read: impl FnOnce(&Node) -> T) -> Option<T> {
        self.doc.with_value(|doc| doc.as_ref().map(read))
    }

    /// The text at `path`.
    pub fn text(self, path: &[Step]) -> String {
        self.with(|doc| document::text_at(doc, path))
            .unwrap_or_default()
    }

    /// The value at `path`, cloned.
    pub fn value(self, path: &[Step]) -> Option<Node> {
        self.with(|doc| document::get(doc, path).cloned()).flatten()
    }

    /// Opens `root` as the draft of `file`: a new history, a check, forms built anew.
    pub fn open(self, file: String, root: Node, handle: Option<(JsValue, f64)>) {
        self.new_event.set(false);
        self.changed.set_value(None);
        self.open_with(file, root, handle, History::default());
    }

    /// Opens an empty event: its changes are compared with nothing published.
    pub fn open_new(self) {
        let lang = crate::components::use_messages().lang;
        let root = crate::editor::new_event::new_event(lang);
        self.new_event.set(true);
        self.changed.set_value(None);
        self.open_with(DRAFT_NAME.to_owned(), root, None, History::default());
    }

    /// Goes on with a draft kept by an earlier visit, its undo history with it.
    pub fn open_kept(self, kept: Kept) {
        self.new_event.set(kept.new_event);
        // Not known to be unchanged: its changes are not saved.
        self.changed
            .set_value(kept.changed.or(Some(js_sys::Date::now())));
        self.open_with(kept.file, kept.feed, None, kept.history);
    }

    fn open_with(self, file: String, root: Node, handle: Option<(JsValue, f64)>, history: History) {
        self.doc.set_value(Some(root));
        self.history.set_value(history);
        self.handle.set_value(handle);
        self.saved.set_value(None);
        self.set_aside.set_value(Vec::new());
        self.kept.set(None);
        self.selected.set(None);
        self.file.set(Some(file));
        self.refresh(true);
        self.check_now();
    }

    /// Opens a feed's text; the reason when it is not JSON (nothing changes then).
    pub fn open_text(
        self,
        file: String,
        text: &str,
        handle: Option<(JsValue, f64)>,
    ) -> Result<(), String> {
        if text.len() > feed::MAX_BYTES {
            return Err(format!("{} bytes", text.len()));
        }
        let root = json::parse(text).map_err(|error| error.to_string())?;
        if !matches!(root.value, Value::Object(_)) {
            return Err("not a JSON object".into());
        }
        self.open(file, root, handle);
        Ok(())
    }

    /// Makes `edit` and schedules the checks. `typing`: the field's value came from
    /// what was typed in it (its form is not rebuilt).
    /// Whether it was made (an edit that does not apply changes nothing).
    pub fn change(self, edit: Edit, typing: bool) -> bool {
        let made = self.history.try_update_value(|history| {
            self.doc
                .try_update_value(|doc| doc.as_mut().is_some_and(|doc| history.make(doc, edit)))
                .unwrap_or(false)
        }) == Some(true);
        if made {
            self.changed_now();
            self.refresh(!typing);
            self.schedule_check();
        }
        made
    }

    /// Moves session `index` in the schedule by `edit` (its whole entry, from
    /// `crate::editor::schedule`): a step of its own to undo, checked right after the
    /// frame that shows it so that a clash shows as it happens, said where it went, and
    /// the focus kept on it.
    pub fn move_session(self, edit: Edit, index: usize) {
        self.seal();
        // The forms are built again only when the session moved is the one open.
        let open = self.selected.get_untracked() == Some(("sessions", index));
        if !self.change(edit, !open) {
            return;
        }
        self.history.update_value(History::seal);
        let w = super::use_words();
        let said = self.with(|doc| {
            let rooms = crate::editor::problem::choices(doc, "rooms", w);
            crate::editor::schedule::days(doc)
                .into_iter()
                .flat_map(|day| day.sessions)
                .find(|session| session.index == index)
                .map(|session| {
                    let room = rooms
                        .iter()
                        .find(|(id, _)| Some(id) == session.room.as_ref())
                        .map_or(w.schedule_no_room, |(_, name)| name.as_str());
                    let clock = crate::editor::schedule::clock;
                    fill(
                        w.schedule_moved,
                        &[
                            ("title", &session.title),
                            ("start", &clock(session.start)),
                            ("end", &clock(session.end)),
                            ("room", room),
                        ],
                    )
                })
        });
        if let Some(said) = said.flatten() {
            self.said.set(said);
        }
        // The grid is built again: the focus goes back to the session moved. The checks
        // run once that frame is shown (on 2,000 sessions they take a tenth of a second),
        // so the clash follows the move at once, not before it.
        request_animation_frame(move || {
            if let Some(button) = document()
                .get_element_by_id(&format!("schedule-session-{index}"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = button.focus();
            }
            set_timeout(move || self.check_now(), Duration::ZERO);
        });
    }

    /// Sets field `path` to `value` (`None` removes it), as typed in it.
    pub fn set(self, path: Path, value: Option<Node>) {
        let Some(edit) = self.with(|doc| Edit::set(doc, path, value)) else {
            return;
        };
        self.change(edit, true);
    }

    /// Ends a run of typing in one field: the next change is another step to undo. A
    /// title just typed makes its entry's id, while that id is the editor's own
    /// (`crate::editor::ids`): another step, undone apart.
    pub fn seal(self) {
        let typed = self.history.with_value(|history| {
            history
                .typing()
                .then(|| history.done().last().cloned())
                .flatten()
        });
        self.history.update_value(History::seal);
        if let Some(Edit::Set { path, before, .. }) = typed
            && let Some(edit) = self.id_from_title(&path, before.as_ref())
        {
            self.change(edit, false);
        }
    }

    /// The edit that makes an entry's id from its title, after the title at `path` was
    /// changed from `before`.
    fn id_from_title(self, path: &[Step], before: Option<&Node>) -> Option<Edit> {
        if let Some(edit) = self.event_id_from_title(path, before) {
            return Some(edit);
        }
        let (section, index, lang) = ids::titled_entry(path)?;
        let published = self.published_ids(section.list);
        self.with(|doc| {
            let first = coverage::languages(doc)
                .into_iter()
                .next()
                .unwrap_or_else(|| "en".into());
            let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_owned();
            // Ids follow the title in the event's first language.
            if lang.is_some_and(|lang| primary(lang) != primary(&first)) {
                return None;
            }
            let before = before
                .map(|node| pick_title(node, &first).0)
                .unwrap_or_default();
            ids::follow_title(doc, section, index, &before, &first, &published)
        })
        .flatten()
    }

    /// The edit that makes the event's id from its title, after the title at `path` was
    /// changed from `before`: a new event gets its id without typing one.
    fn event_id_from_title(self, path: &[Step], before: Option<&Node>) -> Option<Edit> {
        let published = self.published.get_value().map(|feed| feed.event.id.clone());
        self.with(|doc| {
            let first = coverage::languages(doc)
                .into_iter()
                .next()
                .unwrap_or_else(|| "en".into());
            let before = before
                .map(|node| pick_title(node, &first).0)
                .unwrap_or_default();
            ids::follow_event_title(doc, path, &before, &first, published.as_deref())
        })
        .flatten()
    }

    /// The ids of `list` in the published feed, when it is the draft's event: those
    /// are addresses already, and stay.
    fn published_ids(self, list: &str) -> Vec<String> {
        let Some(published) = self.published.get_value() else {
            return Vec::new();
        };
        let same_event = self.with(|doc| {
            doc.get("event")
                .and_then(|event| event.get("id"))
                .and_then(Node::as_str)
                == Some(published.event.id.as_str())
        });
        if same_event != Some(true) {
            return Vec::new();
        }
        let ids: Vec<&str> = match list {
            "sessions" => published.sessions.iter().map(|e| e.id.as_str()).collect(),
            "speakers" => published.speakers.iter().map(|e| e.id.as_str()).collect(),
            "rooms" => published.rooms.iter().map(|e| e.id.as_str()).collect(),
            "tracks" => published.tracks.iter().map(|e| e.id.as_str()).collect(),
            "documents" => published.documents.iter().map(|e| e.id.as_str()).collect(),
            _ => published.updates.iter().map(|e| e.id.as_str()).collect(),
        };
        ids.into_iter().map(str::to_owned).collect()
    }

    pub fn undo(self) {
        self.step(true);
    }

    pub fn redo(self) {
        self.step(false);
    }

    fn step(self, back: bool) {
        let done = self.history.try_update_value(|history| {
            self.doc
                .try_update_value(|doc| {
                    doc.as_mut().is_some_and(|doc| {
                        if back {
                            history.undo(doc)
                        } else {
                            history.redo(doc)
                        }
                    })
                })
                .unwrap_or(false)
        });
        if done == Some(true) {
            // An entry removed by the step may have been the one shown.
            let selected = self.selected.get_untracked();
            if let Some((list, index)) = selected
                && self.with(|doc| {
                    document::get(doc, &[Step::Field(list), Step::Index(index)]).is_none()
                }) == Some(true)
            {
                self.selected.set(None);
            }
            self.changed_now();
            self.refresh(true);
            self.check_now();
        }
    }

    /// The draft changed now: not saved any more.
    fn changed_now(self) {
        self.changed.set_value(Some(js_sys::Date::now()));
        self.saved.set_value(None);
    }

    /// The draft was saved or downloaded as it is: a reload offers nothing back.
    pub fn mark_saved(self) {
        self.saved.set_value(Some(js_sys::Date::now()));
        self.keep();
    }

    /// Updates what follows the history; `rebuild`: the forms are built again.
    fn refresh(self, rebuild: bool) {
        self.version.update(|v| *v += 1);
        self.history.with_value(|history| {
            self.can_undo.set(history.can_undo());
            self.can_redo.set(history.can_redo());
        });
        if rebuild {
            self.generation.update(|g| *g += 1);
        }
    }

    /// Sets aside the text per language at `path`, switched to one text.
    pub fn set_aside(self, path: Path, texts: Node) {
        self.set_aside.update_value(|kept| {
            kept.retain(|(p, _)| *p != path);
            kept.push((path, texts));
        });
    }

    /// The texts per language set aside at `path`, if any.
    pub fn taken_back(self, path: &[Step]) -> Option<Node> {
        self.set_aside
            .with_value(|kept| kept.iter().find(|(p, _)| p == path).map(|(_, n)| n.clone()))
    }

    /// The draft as the portal's tools write it.
    pub fn written(self) -> Option<String> {
        self.with(format::write)
    }

    /// Checks the draft a moment after the last change (typing does not wait for the
    /// checks), and keeps it in the browser's storage.
    fn schedule_check(self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(move || self.check_now(), Duration::from_millis(200));
        self.timer.set_value(timer.ok());
    }

    /// Checks the draft now with every check of feedcheck and shows it on the portal's
    /// pages; keeps it in the browser.
    pub fn check_now(self) {
        if let Some(timer) = self.timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let Some(text) = self.written() else {
            return;
        };
        let file = self
            .file
            .get_untracked()
            .unwrap_or_else(|| DRAFT_NAME.to_owned());
        self.store.preview(file, &text, "edit/");
        self.checked.update(|c| *c += 1);
        self.keep_text(&text);
    }

    /// Keeps the draft in the browser, with its history and whether it was saved.
    fn keep(self) {
        let Some(text) = self.written() else {
            return;
        };
        self.keep_text(&text);
    }

    /// Keeps the draft written `text`.
    fn keep_text(self, text: &str) {
        let file = self
            .file
            .get_untracked()
            .unwrap_or_else(|| DRAFT_NAME.to_owned());
        let times = (self.changed.get_value(), self.saved.get_value());
        let new_event = self.new_event.get_untracked();
        let kept = self
            .history
            .with_value(|history| kept::record(&file, text, times, new_event, history));
        spawn_local(async move {
            files::keep_draft(&kept).await;
        });
    }

    /// Forgets the kept draft (the organiser left it, or started again).
    pub fn drop_kept(self) {
        self.kept.set(None);
        spawn_local(files::drop_draft());
    }

    /// The file opened with the picker, to save back to.
    pub fn handle(self) -> Option<(JsValue, f64)> {
        self.handle.get_value()
    }

    pub fn saved_to_disk(self, modified: f64) {
        self.handle.update_value(|handle| {
            if let Some((_, at)) = handle {
                *at = modified;
            }
        });
    }

    pub fn store(self) -> FeedStore {
        self.store
    }
}
