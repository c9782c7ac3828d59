//! Russian, in the terms of the United Nations' Russian sites («повестка дня»,
//! «ораторы», «документы»).

use super::plural::{Category, russian};
use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: "\u{a0}",
    decimal: ",",
    min_grouping: 1,
    units: ["байт", "КБ", "МБ", "ГБ", "ТБ"],
};

/// The form of a noun after a number: 1 минута, 2 минуты, 5 минут.
fn plural(n: i64, one: &str, few: &str, many: &str) -> String {
    let n = n.unsigned_abs();
    let word = match russian(n) {
        Category::One => one,
        Category::Few => few,
        _ => many,
    };
    format!("{}\u{a0}{word}", NUMBERS.integer(n))
}

fn starts_in(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => "Начнётся меньше чем через минуту".into(),
        (0, 0, m) => format!("Начнётся через {}", plural(m, "минуту", "минуты", "минут")),
        (0, h, _) => format!("Начнётся через {}", plural(h, "час", "часа", "часов")),
        (1, _, _) => "Начнётся завтра".into(),
        (d, _, _) => format!("Начнётся через {}", plural(d, "день", "дня", "дней")),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "Основной доклад",
        SessionKind::Talk => "Доклад",
        SessionKind::Panel => "Дискуссионная группа",
        SessionKind::Workshop => "Практикум",
        SessionKind::Break => "Перерыв",
        SessionKind::Other => "Заседание",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "Доклад",
        DocumentKind::Agenda => "Повестка дня",
        DocumentKind::Slides => "Слайды",
        DocumentKind::Other => "Документ",
    }
}

pub(super) const RU: Messages = Messages {
    lang: "ru",
    locale: "ru-RU",
    direction: Direction::LeftToRight,
    language_name: "Русский",
    numbers: NUMBERS,
    choose_language: "Язык",
    comma: ", ",

    skip_to_content: "Перейти к основному содержанию",
    main_navigation: "Главное меню",
    nav_home: "Главная",
    nav_agenda: "Повестка дня",
    nav_speakers: "Ораторы",
    nav_documents: "Документы",
    nav_updates: "Новости",
    nav_my_agenda: "Моё расписание",
    portal_name: "Event Portal",
    powered_by: "Опубликовано с помощью Event Portal",

    loading: "Загрузка программы…",
    feed_failed_title: "Не удалось загрузить программу",
    feed_failed_hint: "Проверьте подключение и повторите попытку. Вашей ошибки здесь нет.",
    feed_stale: |minutes| {
        match minutes {
        0 => "Программу не удалось обновить: показано её состояние менее минуты назад. Портал продолжает попытки.".into(),
        m => format!("Программу не удалось обновить: показано её состояние {} назад. Портал продолжает попытки.", plural(m, "минуту", "минуты", "минут")),
    }
    },
    news: "Сообщения",
    dismiss: "Закрыть",
    new_update: |title| format!("Новое объявление: {title}"),
    starred_moved: |title, room, time| format!("«{title}» переносится: {room}, {time}."),
    starred_rescheduled: |title, time| format!("«{title}» теперь начинается в {time}."),
    starred_cancelled: |title| format!("«{title}» отменяется."),
    starred_restored: |title| format!("«{title}» всё-таки состоится."),
    changed: "Изменено",
    retry: "Повторить",

    not_found_title: "Страница не найдена",
    not_found_body: "По этому адресу страницы нет. Возможно, она перемещена или в ссылке есть ошибка.",
    back_home: "На главную страницу мероприятия",
    session_not_found: "Этого заседания нет в программе. Возможно, оно удалено или переименовано.",
    speaker_not_found: "Этого оратора нет в программе. Возможно, запись удалена или переименована.",
    back_to_agenda: "Вся повестка дня",
    back_to_speakers: "Все ораторы",

    when: "Когда",
    venue: "Где",
    map: "карта",
    about: "О мероприятии",
    organisers: "Организаторы",
    links: "Ссылки",
    happening_now: "Сейчас идёт",
    up_next: "Далее",
    nothing_now: "Сейчас ничего не запланировано.",
    starts_in,
    event_ended: "Мероприятие завершилось. Доклады и документы по-прежнему доступны.",
    latest_updates: "Последние новости",
    all_updates: "Все новости",
    no_updates: "Новостей пока нет.",
    zone_time: |place| format!("время: {place}"),
    times_in_zone: |place, short| format!("Время указано по часовому поясу {place} ({short})."),

    agenda_title: "Повестка дня",
    no_sessions: "В программе пока нет заседаний.",
    room: "Зал",
    track: "Направление",
    speakers: "Ораторы",
    moderators: "Модераторы",
    cancelled: "Отменено",
    cancelled_notice: "Это заседание отменено.",
    session_documents: "Документы",
    livestream_upcoming: "Прямая трансляция (с начала заседания)",
    watch_live: "Смотреть трансляцию",
    watch_recording: "Смотреть запись",
    session_kind,
    now_badge: "Сейчас",
    jump_to_now: "К текущему времени",
    star: |title| format!("Добавить «{title}» в моё расписание"),
    show_own_zone: |place| format!("Показать время в моём часовом поясе ({place})"),
    search_sessions: "Поиск заседаний",
    filters: "Фильтры",
    kind: "Формат",
    all_days: "Все дни",
    all_tracks: "Все направления",
    all_rooms: "Все залы",
    all_kinds: "Все форматы",
    days: "Дни",
    clear_filters: "Сбросить фильтры",
    sessions_shown: |shown, all| {
        format!(
            "Показано {} из {}",
            NUMBERS.integer(shown as u64),
            NUMBERS.integer(all as u64)
        )
    },
    no_matches: "Нет заседаний, отвечающих этим условиям.",
    view: "Вид",
    view_grid: "Сетка",
    view_list: "Список",
    calendar_session: "Добавить в мой календарь (.ics)",
    calendar_event: "Вся программа в виде файла календаря (.ics)",
    calendar_mine: "Моё расписание в виде файла календаря (.ics)",

    my_agenda_title: "Моё расписание",
    my_agenda_empty: "Вы пока не отметили ни одного заседания. Отмечайте заседания звёздочкой в повестке дня, и они появятся здесь в порядке времени.",
    overlaps: "Пересекается с другим отмеченным заседанием",
    share_my_agenda: "Ссылка на этот список",
    shared_list: |n| {
        format!(
            "С вами поделились списком: {}.",
            plural(n as i64, "заседание", "заседания", "заседаний")
        )
    },
    import_shared: "Добавить их в моё расписание",

    speakers_title: "Ораторы",
    no_speakers: "Ораторы пока не объявлены.",
    their_sessions: "Заседания",
    photo_of: |name| format!("Фотография: {name}"),
    search_speakers: "Поиск ораторов",
    speakers_shown: |shown, all| {
        format!(
            "Показано {} из {}",
            NUMBERS.integer(shown as u64),
            NUMBERS.integer(all as u64)
        )
    },
    no_speakers_match: "Ораторы не найдены.",

    documents_title: "Документы",
    no_documents: "Документы пока не опубликованы.",
    document_kind,
    language: "Язык",
    format: "Формат",
    size: "Размер",
    published: "Опубликовано",
    download: |format, size| format!("Скачать {format}, {size}"),

    updates_title: "Новости",
    important: "Важно",
    concerns: "Касается",

    preview_title: "Предварительный просмотр проекта",
    preview_intro: "Выберите или перетащите файл event.json, чтобы проверить его и увидеть построенный по нему портал. \
        Файл остаётся в этом браузере: ничего не отправляется и не публикуется.",
    preview_choose: "Выбрать проект файла event.json",
    preview_too_large: |size| {
        format!("Размер файла — {size}; портал читает файлы размером до 2 МБ.")
    },
    preview_unreadable: "Не удалось прочитать этот файл.",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{file}: проблем не обнаружено."),
        _ => format!(
            "{file}: {}, {}.",
            plural(errors as i64, "ошибка", "ошибки", "ошибок"),
            plural(
                warnings as i64,
                "предупреждение",
                "предупреждения",
                "предупреждений"
            )
        ),
    },
    preview_shown: "Все страницы портала теперь показывают этот проект с пометкой «предварительный просмотр»: \
        просмотрите его с помощью меню выше.",
    preview_not_shown: "По этому проекту портал построить нельзя: исправьте ошибки и выберите файл ещё раз.",
    error: "Ошибка",
    warning: "Предупреждение",
    line_column: |line, column| format!("строка {line}, столбец {column}"),
    preview_banner: "Предварительный просмотр проекта: посетители его не видят.",
    back_to_checks: "Назад к проверкам",
    leave_preview: "Выйти из просмотра",
};
