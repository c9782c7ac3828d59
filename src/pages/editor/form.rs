//! The fields of a form, one generic view for every part of the feed, driven by
//! `editor::form`'s table. Each input is built with the draft's value and writes each
//! keystroke back (it is not rebuilt as it is typed in); each shows beside it the
//! problems the checks found at its path.

use leptos::prelude::*;
use web_sys::Event;

use super::state::{Editor, use_editor};
use super::use_words;
use crate::components::use_messages;
use crate::editor::coverage;
use crate::editor::document::{self, Edit, Path, Step, path_text};
use crate::editor::form::{Input, Spec};
use crate::editor::moment;
use crate::editor::problem::describe;
use crate::editor::refs::Kind;
use crate::editor::words::fill;
use crate::editor::{languages, picked};
use crate::feed::json::{Node, Value};
use crate::feed::{Diagnostic, DocumentKind, SessionKind, Severity};
use crate::intl;

/// The id of the input for the field at `path`: `f-sessions-3-room`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f");
    for part in path
        .trim_start_matches('$')
        .split(['.', '[', ']'])
        .filter(|p| !p.is_empty())
    {
        id.push('-');
        id.extend(
            part.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
        );
    }
    id
}

/// Whether a problem at `problem` concerns the field at `path` (`deep`: or a part of it).
fn concerns(problem: &str, path: &str, deep: bool) -> bool {
    problem == path
        || (deep
            && problem
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '['])))
}

/// The problems the checks found at a field, beside it; announced with the field
/// (its `aria-describedby` names this list).
#[component]
pub fn FieldProblems(
    /// The field's path, as diagnostics write it.
    path: String,
    /// Also the problems inside it (a text per language, a list of ids).
    deep: bool,
) -> impl IntoView {
    let w = use_words();
    let editor = use_editor();
    let id = format!("{}-problems", field_id(&path));
    let locale = use_messages().locale;
    let language = move |tag: &str| crate::intl::language_name(tag, locale);
    let found = Memo::new(move |_| {
        editor.store().draft.with(|draft| {
            draft
                .as_ref()
                .map(|draft| {
                    draft
                        .diagnostics
                        .iter()
                        .filter(|d| concerns(&d.path, &path, deep))
                        .cloned()
                        .collect::<Vec<Diagnostic>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <ul class="field-problems" id=id>
            {move || {
                found
                    .get()
                    .into_iter()
                    .map(|d| {
                        let (class, severity) = match d.severity {
                            Severity::Error => ("field-problem field-error", w.error),
                            Severity::Warning => ("field-problem field-warning", w.warning),
                        };
                        let problem = editor
                            .with(|doc| describe(&d, Some(doc), w, &language))
                            .unwrap_or_else(|| describe(&d, None, w, &language));
                        view! {
                            <li class=class>
                                <strong>{fill(w.problem_severity, &[("severity", severity)])}</strong>" "{problem.says}" "
                                <span class="diagnostic-help">{problem.help}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// The fields `specs` of the object at `base`.
#[component]
pub fn Fields(
    /// What the object holds.
    specs: &'static [Spec],
    /// Where the object is.
    base: Path,
    /// The list this object is an entry of, when it is one (for its id's references).
    #[prop(default = None)]
    kind: Option<Kind>,
) -> impl IntoView {
    specs
        .iter()
        .map(|spec| {
            let mut path = base.clone();
            path.push(Step::Field(spec.name));
            view! { <FieldView spec=*spec path kind /> }
        })
        .collect_view()
}

/// One field: its label, its input and its problems.
#[component]
fn FieldView(spec: Spec, path: Path, kind: Option<Kind>) -> AnyView {
    let w = use_words();
    let label = w.field(spec.name);
    let at = path_text(&path);
    let id = field_id(&at);
    match spec.input {
        Input::Group(inner) => view! {
            <fieldset class="field-group">
                <legend>{label}</legend>
                <FieldProblems path=at.clone() deep=false />
                <Fields specs=inner base=path />
            </fieldset>
        }
        .into_any(),
        Input::List(inner) => view! { <ObjectList label specs=inner path /> }.into_any(),
        input => {
            let problems = format!("{id}-problems");
            let deep = matches!(
                input,
                Input::PickMany(_) | Input::Line(true) | Input::Paragraphs(true) | Input::Languages
            );
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <FieldInput input path id kind problems />
                    <FieldProblems path=at deep />
                </div>
            }
            .into_any()
        }
    }
}

fn value_of(event: &Event) -> String {
    event_target_value(event)
}

/// A typed text as the field's value: `None` (no field) when empty.
fn text_node(text: &str) -> Option<Node> {
    (!text.is_empty()).then(|| document::string(text))
}

/// The input for one field.
#[component]
fn FieldInput(
    input: Input,
    path: Path,
    id: String,
    kind: Option<Kind>,
    /// The id of its problems' list.
    problems: String,
) -> impl IntoView {
    let editor = use_editor();
    let current = editor.text(&path);
    let seal = move |_| editor.seal();
    let set_text = {
        let path = path.clone();
        move |event: Event| editor.set(path.clone(), text_node(&value_of(&event)))
    };
    match input {
        Input::Line(true) | Input::Paragraphs(true) => {
            view! { <TextField path id problems paragraphs=matches!(input, Input::Paragraphs(_)) /> }
                .into_any()
        }
        Input::Line(false) | Input::Email | Input::Url | Input::Colour
            if !matches!(input, Input::Colour) || current.is_empty() || current.starts_with('#') =>
        {
            let kind = match input {
                Input::Email => "email",
                Input::Colour => "color",
                _ => "text",
            };
            let mode = if matches!(input, Input::Url) { "url" } else { "text" };
            view! {
                <input id=id type=kind inputmode=mode prop:value=current aria-describedby=problems
                    dir=if matches!(input, Input::Url | Input::Email) { "ltr" } else { "auto" }
                    on:input=set_text on:change=seal />
            }
            .into_any()
        }
        Input::Paragraphs(false) => view! {
            <textarea id=id rows="4" prop:value=current aria-describedby=problems dir="auto"
                on:input=set_text on:change=seal></textarea>
        }
        .into_any(),
        Input::Id => view! { <IdInput path id problems kind /> }.into_any(),
        Input::Date => view! {
            <input id=id type="date" prop:value=current aria-describedby=problems
                on:input=set_text on:change=seal />
        }
        .into_any(),
        Input::Moment => view! { <MomentInput path id problems /> }.into_any(),
        Input::Zone => view! { <ZoneInput path id problems current /> }.into_any(),
        Input::Count => {
            let shown = editor
                .value(&path)
                .and_then(|n| match n.value {
                    Value::Number(n) => Some(n),
                    _ => None,
                })
                .unwrap_or(current);
            let set = move |event: Event| {
                let text = value_of(&event);
                let node = match text.trim() {
                    "" => None,
                    t if t.bytes().all(|b| b.is_ascii_digit()) => {
                        Some(document::node(Value::Number(t.to_owned())))
                    }
                    t => Some(document::string(t)),
                };
                editor.set(path.clone(), node);
            };
            view! {
                <input id=id type="number" min="0" step="1" inputmode="numeric" prop:value=shown
                    aria-describedby=problems on:input=set on:change=seal />
            }
            .into_any()
        }
        Input::Yes => {
            let checked = matches!(editor.value(&path).map(|n| n.value), Some(Value::Bool(true)));
            let set = move |event: Event| {
                let on = event_target_checked(&event);
                editor.set(path.clone(), Some(document::node(Value::Bool(on))));
                editor.seal();
            };
            view! { <input id=id type="checkbox" prop:checked=checked aria-describedby=problems on:change=set /> }
                .into_any()
        }
        Input::Choice(words) => {
            let m = use_messages();
            let w = use_words();
            // Each word by its label; a word the editor does not know, as it is.
            let label = move |word: &str| -> String {
                if let Some(kind) = SessionKind::ALL.into_iter().find(|k| k.as_str() == word) {
                    m.session_kind(kind).to_owned()
                } else if let Some(kind) = DocumentKind::ALL.into_iter().find(|k| k.as_str() == word) {
                    m.document_kind(kind).to_owned()
                } else {
                    match word {
                        "cancelled" => w.cancelled.to_owned(),
                        "confirmed" => w.confirmed.to_owned(),
                        word => word.to_owned(),
                    }
                }
            };
            let options = crate::editor::form::choices(words, &current)
                .into_iter()
                .map(|word| {
                    let shown = label(&word);
                    (word, shown)
                })
                .collect();
            view! { <PickOne path id problems options current /> }.into_any()
        }
        Input::Pick(kind) => {
            let options = entries(editor, kind);
            view! { <PickOne path id problems options current /> }.into_any()
        }
        Input::PickMany(kind) => {
            let options = entries(editor, kind);
            view! { <PickMany path id problems options /> }.into_any()
        }
        Input::Languages => {
            let picked: Vec<String> = editor
                .value(&path)
                .and_then(|n| n.as_array().map(|a| a.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect()))
                .unwrap_or_default();
            let options = picked
                .iter()
                .cloned()
                .chain(languages::to_offer(&picked))
                .map(|tag| (tag.clone(), intl::language_name(&tag, &tag)))
                .collect();
            let w = use_words();
            view! {
                <PickMany path id problems options languages=true />
                <p class="field-note">{w.languages_note}</p>
            }
            .into_any()
        }
        Input::Language => {
            let picked = editor.with(coverage::languages).unwrap_or_default();
            let options = picked
                .iter()
                .cloned()
                .chain(languages::to_offer(&picked))
                .chain((!current.is_empty()).then(|| current.clone()))
                .map(|tag| (tag.clone(), intl::language_name(&tag, &tag)))
                .collect::<Vec<_>>();
            let mut seen = Vec::new();
            let options = options.into_iter().filter(|(tag, _)| { let new = !seen.contains(tag); seen.push(tag.clone()); new }).collect();
            view! { <PickOne path id problems options current /> }.into_any()
        }
        // A colour the picker cannot show (a name, a short form): as text.
        _ => view! {
            <input id=id type="text" dir="ltr" prop:value=current aria-describedby=problems
                on:input=set_text on:change=seal />
        }
        .into_any(),
    }
}

/// A time zone, searched among the IANA names as it is typed, each offered with its
/// offset from UTC on the event's first day; the chosen one's offset said beside it.
#[component]
fn ZoneInput(path: Path, id: String, problems: String, current: String) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let m = use_messages();
    let typed = RwSignal::new(current.clone());
    // The event's first day, read when needed (its start may be picked after this
    // form was built); noon UTC on it: the offsets in force then.
    let first_day = move || {
        editor
            .with(|doc| document::text_at(doc, &[Step::Field("event"), Step::Field("start")]))
            .and_then(|start| crate::feed::Date::parse(&start).ok())
    };
    let offset = move |zone: &str| {
        let day = first_day()?;
        let at = (day.days_since_epoch() as f64 * 86_400.0 + 43_200.0) * 1000.0;
        intl::offset_minutes(at, zone).map(moment::utc_offset)
    };
    let note = move || {
        let zone = typed.get();
        let (Some(day), Some(offset)) = (first_day(), offset(&zone)) else {
            return String::new();
        };
        fill(
            w.zone_offset,
            &[
                ("offset", &offset),
                ("date", &intl::long_date(day, m.locale)),
            ],
        )
    };
    // The list is made when the field is first used: 600 zones' offsets, once.
    let wanted = RwSignal::new(false);
    let list = format!("{id}-zones");
    let zones = move || {
        wanted.get().then(|| {
            include_str!("../../feed/time_zones.txt")
                .lines()
                .filter(|zone| !zone.is_empty() && !zone.starts_with('#'))
                .map(|zone| {
                    let label = offset(zone).unwrap_or_default();
                    view! { <option value=zone>{label}</option> }
                })
                .collect_view()
        })
    };
    let set = move |event: Event| {
        let zone = value_of(&event);
        typed.set(zone.clone());
        editor.set(path.clone(), text_node(&zone));
    };
    view! {
        <input id=id type="text" list=list.clone() prop:value=current aria-describedby=problems
            dir="ltr" autocomplete="off" on:focus=move |_| wanted.set(true) on:input=set
            on:change=move |_| editor.seal() />
        <datalist id=list>{zones}</datalist>
        <p class="field-note">{note}</p>
    }
}

/// One value picked from `options` (value and label), or none: a choice of words, or
/// the id of an entry.
#[component]
fn PickOne(
    path: Path,
    id: String,
    problems: String,
    options: Vec<(String, String)>,
    /// The value the draft has.
    current: String,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let options = options
        .into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    let set = move |event: Event| {
        editor.set(path.clone(), text_node(&value_of(&event)));
        editor.seal();
    };
    view! {
        // The value as a property too: a form built again in place (another entry
        // chosen) keeps its elements, and a select keeps what was picked in it before.
        <select id=id aria-describedby=problems on:change=set prop:value=current.clone()>
            <option value="">{w.none}</option>
            {options}
        </select>
    }
}

/// The entries of `kind` to pick from: id, and the title or name the organiser knows
/// it by (numbered when two have the same).
fn entries(editor: Editor, kind: Kind) -> Vec<(String, String)> {
    let w = use_words();
    editor
        .with(|doc| crate::editor::problem::choices(doc, kind.list(), w))
        .unwrap_or_default()
}

/// A text's first string, one string or a text per language.
pub fn label_text(node: &Node) -> String {
    match &node.value {
        Value::String(s) => s.clone(),
        Value::Object(fields) => fields
            .iter()
            .find_map(|f| f.value.as_str().filter(|s| !s.is_empty()))
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    }
}

/// One text, or a text per language of the event, switched explicitly; the texts per
/// language are set aside, not lost, while it is one text.
#[component]
fn TextField(path: Path, id: String, problems: String, paragraphs: bool) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let m = use_messages();
    let per_language = matches!(editor.value(&path).map(|n| n.value), Some(Value::Object(_)));
    let switch = {
        let path = path.clone();
        move |_| {
            let Some(root_languages) = editor.with(coverage::languages) else {
                return;
            };
            let current = editor.value(&path);
            let next = match current.as_ref().map(|n| &n.value) {
                Some(Value::Object(_)) => {
                    editor.set_aside(
                        path.clone(),
                        current.clone().unwrap_or_else(|| document::string("")),
                    );
                    current.as_ref().map(label_text).and_then(|t| text_node(&t))
                }
                _ => {
                    let one = current.as_ref().map(label_text).unwrap_or_default();
                    let mut texts = editor
                        .taken_back(&path)
                        .unwrap_or_else(|| document::node(Value::Object(Vec::new())));
                    if !one.is_empty() {
                        let first = vec![Step::Name(root_languages[0].clone())];
                        Edit::set(&texts, first, Some(document::string(&one))).apply(&mut texts);
                    }
                    Some(texts)
                }
            };
            let edit = editor.with(|doc| Edit::set(doc, path.clone(), next));
            if let Some(edit) = edit {
                editor.change(edit, false);
            }
        }
    };
    let inputs = if per_language {
        let mut languages = editor.with(coverage::languages).unwrap_or_default();
        if let Some(Value::Object(fields)) = editor.value(&path).map(|n| n.value) {
            for field in fields {
                if !languages.contains(&field.name) {
                    languages.push(field.name);
                }
            }
        }
        let texts = languages
            .into_iter()
            .enumerate()
            .map(|(i, lang)| {
                let mut at = path.clone();
                at.push(Step::Name(lang.clone()));
                let value = editor.text(&at);
                let input_id = if i == 0 { id.clone() } else { field_id(&path_text(&at)) };
                let name = intl::language_name(&lang, m.locale);
                // A language still missing is marked, until something is typed in it.
                let missing = RwSignal::new(value.trim().is_empty());
                view! {
                    <div class="text-language" class:text-missing=move || missing.get()
                        on:input=move |event| missing.set(event_target_value(&event).trim().is_empty())>
                        <label for=input_id.clone()>
                            {name}
                            {move || missing.get().then(|| view! { " "<span class="text-missing-mark">{w.text_missing}</span> })}
                        </label>
                        <TextInput path=at id=input_id value paragraphs problems=problems.clone() lang=Some(lang) />
                    </div>
                }
            })
            .collect_view();
        view! { <div class="text-languages">{texts}</div> }.into_any()
    } else {
        view! { <TextInput path=path.clone() id value=editor.text(&path) paragraphs problems lang=None /> }.into_any()
    };
    view! {
        <div class="text-field">
            {inputs}
            <button type="button" class="button button-small" on:click=switch>
                {if per_language { w.one_text } else { w.per_language }}
            </button>
        </div>
    }
}

/// One string of a text, in one language or in all.
#[component]
fn TextInput(
    path: Path,
    id: String,
    value: String,
    paragraphs: bool,
    problems: String,
    lang: Option<String>,
) -> impl IntoView {
    let editor = use_editor();
    let set = move |event: Event| editor.set(path.clone(), text_node(&value_of(&event)));
    let seal = move |_| editor.seal();
    if paragraphs {
        view! {
            <textarea id=id rows="4" prop:value=value lang=lang dir="auto" aria-describedby=problems
                on:input=set on:change=seal></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type="text" prop:value=value lang=lang dir="auto" aria-describedby=problems
                on:input=set on:change=seal />
        }
        .into_any()
    }
}

/// A moment picked on the event's wall clock, written with the zone's offset then.
#[component]
fn MomentInput(path: Path, id: String, problems: String) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let written = RwSignal::new(editor.text(&path));
    let shown = moment::wall_clock(&written.get_untracked())
        .unwrap_or_default()
        .to_owned();
    let zone = move || {
        editor
            .with(|doc| document::text_at(doc, &[Step::Field("event"), Step::Field("timezone")]))
            .filter(|z| !z.is_empty())
            .unwrap_or_else(|| "UTC".to_owned())
    };
    let set = move |event: Event| {
        let local = value_of(&event);
        let zone = zone();
        let offsets = |ms: f64| intl::offset_minutes(ms, &zone);
        let value = if local.is_empty() {
            None
        } else {
            moment::in_zone(&local, &offsets)
        };
        written.set(value.clone().unwrap_or_default());
        editor.set(path.clone(), value.as_deref().and_then(text_node));
    };
    let note = move || {
        let written = written.get();
        (!written.is_empty())
            .then(|| fill(w.offset_note, &[("zone", &zone()), ("moment", &written)]))
    };
    view! {
        <input id=id type="datetime-local" step="60" prop:value=shown aria-describedby=problems
            on:input=set on:change=move |_| editor.seal() />
        <p class="field-note">{note}</p>
    }
}

/// An entry's id. Changed when the field is left: renaming it renames every reference.
#[component]
fn IdInput(path: Path, id: String, problems: String, kind: Option<Kind>) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let shown = editor.text(&path);
    let rename = move |event: Event| {
        let new = value_of(&event).trim().to_owned();
        // The id as the draft has it now (an earlier rename may not have rebuilt this).
        let old = editor.text(&path);
        // An entry keeps an id: a field left empty shows it again.
        if new.is_empty() && !old.is_empty() {
            event_target::<web_sys::HtmlInputElement>(&event).set_value(&old);
            return;
        }
        if new == old {
            return;
        }
        let Some(kind) = kind.filter(|_| !old.is_empty()) else {
            editor.set(path.clone(), text_node(&new));
            editor.seal();
            return;
        };
        let uses = editor
            .with(|doc| crate::editor::refs::uses(doc, kind, &old).len())
            .unwrap_or(0);
        let rename = Edit::Rename {
            kind,
            old,
            new: new.clone(),
        };
        if editor.change(rename, false) {
            editor
                .said
                .set(fill(w.id_renamed, &[("n", &uses.to_string())]));
        } else {
            // Taken by another entry: nothing changed, and the field shows the id again.
            editor.said.set(fill(w.id_taken, &[("id", &new)]));
            editor.generation.update(|g| *g += 1);
        }
    };
    view! {
        <input id=id type="text" dir="ltr" prop:value=shown aria-describedby=problems
            autocomplete="off" spellcheck="false" on:change=rename />
    }
}

/// Values picked from `options` (value and label), in the organiser's order: each shown
/// by its label with buttons to move it up and to remove it, and a list to add one more.
/// Speakers by name, languages by their names in themselves.
#[component]
fn PickMany(
    path: Path,
    id: String,
    problems: String,
    /// What can be picked: value and label.
    options: Vec<(String, String)>,
    /// The options are languages: each label is in the language it names.
    #[prop(default = false)]
    languages: bool,
) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let read = {
        let path = path.clone();
        move || -> Vec<String> {
            editor
                .value(&path)
                .and_then(|n| {
                    n.as_array().map(|a| {
                        a.iter()
                            .filter_map(|t| t.as_str().map(str::to_owned))
                            .collect()
                    })
                })
                .unwrap_or_default()
        }
    };
    let picked = RwSignal::new(read());
    let label_of = {
        let options = options.clone();
        move |value: &str| {
            options
                .iter()
                .find(|(option, _)| option == value)
                .map_or_else(|| value.to_owned(), |(_, label)| label.clone())
        }
    };
    let write = {
        let path = path.clone();
        move |values: Vec<String>| {
            let node = document::node(Value::Array(
                values.iter().map(|value| document::string(value)).collect(),
            ));
            editor.set(path.clone(), Some(node));
            editor.seal();
            picked.set(values);
        }
    };
    let add = {
        let write = write.clone();
        move |event: Event| {
            let chosen = value_of(&event);
            let values = picked::add(&picked.get_untracked(), &chosen);
            if values != picked.get_untracked() {
                write(values);
            }
            // Ready for the next.
            if let Some(select) = event
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
            {
                select.set_value("");
            }
        }
    };
    let lang_of = move |value: &str| languages.then(|| value.to_owned());
    let all = options.clone();
    let offered = move || {
        let chosen = picked.get();
        all.iter()
            .filter(|(value, _)| !chosen.contains(value))
            .map(|(value, label)| view! { <option value=value.clone() lang=lang_of(value)>{label.clone()}</option> })
            .collect_view()
    };
    view! {
        <ul class="picked">
            {move || {
                picked
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(at, value)| {
                        let label = label_of(&value);
                        let lang = lang_of(&value);
                        let (write, again) = (write.clone(), write.clone());
                        let taken = value.clone();
                        let remove = move |_| write(picked::remove(&picked.get_untracked(), &taken));
                        let raise = move |_| again(picked::raise(&picked.get_untracked(), &value));
                        view! {
                            <li>
                                <span lang=lang>{label.clone()}</span>
                                {(at > 0).then(|| view! {
                                    <button type="button" class="button button-small"
                                        aria-label=fill(w.raise_pick, &[("name", &label)]) on:click=raise>"↑"</button>
                                })}
                                <button type="button" class="button button-small"
                                    aria-label=fill(w.remove, &[("name", &label)]) on:click=remove>"×"</button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
        <select id=id aria-describedby=problems on:change=add>
            <option value="">{w.pick}"…"</option>
            {offered}
        </select>
    }
}

/// A list of small objects inside another (organisers, links): each with its fields and
/// a button to remove it, and one to add another.
#[component]
fn ObjectList(label: &'static str, specs: &'static [Spec], path: Path) -> impl IntoView {
    let editor = use_editor();
    let w = use_words();
    let count = editor
        .value(&path)
        .and_then(|n| n.as_array().map(<[Node]>::len))
        .unwrap_or(0);
    let add = {
        let path = path.clone();
        move |_| {
            let edit = editor.with(|doc| {
                Edit::insert(
                    doc,
                    path.clone(),
                    count,
                    document::node(Value::Object(Vec::new())),
                )
            });
            if let Some(edit) = edit {
                editor.change(edit, false);
            }
        }
    };
    let items = (0..count)
        .map(|i| {
            let mut at = path.clone();
            at.push(Step::Index(i));
            let list = path.clone();
            let remove = move |_| {
                let edit = editor.with(|doc| {
                    document::get(doc, &list)
                        .and_then(|l| l.as_array()?.get(i).cloned())
                        .map(|node| Edit::Remove {
                            list: list.clone(),
                            index: i,
                            node,
                        })
                });
                if let Some(Some(edit)) = edit {
                    editor.change(edit, false);
                }
            };
            let name = format!("{label} {}", i + 1);
            view! {
                <fieldset class="field-group">
                    <legend>{name.clone()}</legend>
                    <Fields specs base=at />
                    <button type="button" class="button button-small" on:click=remove>
                        {fill(w.remove, &[("name", &name)])}
                    </button>
                </fieldset>
            }
        })
        .collect_view();
    let at = path_text(&path);
    view! {
        <fieldset class="field-group">
            <legend>{label}</legend>
            <FieldProblems path=at deep=false />
            {items}
            <button type="button" class="button button-small" on:click=add>{w.add}</button>
        </fieldset>
    }
}
