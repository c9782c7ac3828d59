//! Spanish, in the terms of the United Nations' Spanish sites («programa», «oradores»,
//! «documentos»).

use super::plural::{Category, spanish};
use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: ".",
    decimal: ",",
    min_grouping: 2,
    units: ["bytes", "kB", "MB", "GB", "TB"],
};

/// "1 minuto", "2000 sesiones".
fn plural(n: i64, one: &str, other: &str) -> String {
    let n = n.unsigned_abs();
    let word = match spanish(n) {
        Category::One => one,
        _ => other,
    };
    format!("{}\u{a0}{word}", NUMBERS.integer(n))
}

fn starts_in(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => "Empieza en menos de un minuto".into(),
        (0, 0, m) => format!("Empieza dentro de {}", plural(m, "minuto", "minutos")),
        (0, h, _) => format!("Empieza dentro de {}", plural(h, "hora", "horas")),
        (1, _, _) => "Empieza mañana".into(),
        (d, _, _) => format!("Empieza dentro de {}", plural(d, "día", "días")),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "Discurso principal",
        SessionKind::Talk => "Ponencia",
        SessionKind::Panel => "Mesa redonda",
        SessionKind::Workshop => "Taller",
        SessionKind::Break => "Pausa",
        SessionKind::Other => "Sesión",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "Informe",
        DocumentKind::Agenda => "Programa",
        DocumentKind::Slides => "Diapositivas",
        DocumentKind::Other => "Documento",
    }
}

pub(super) const ES: Messages = Messages {
    lang: "es",
    locale: "es-ES",
    direction: Direction::LeftToRight,
    language_name: "Español",
    numbers: NUMBERS,
    choose_language: "Idioma",
    comma: ", ",

    skip_to_content: "Ir al contenido principal",
    main_navigation: "Menú principal",
    nav_home: "Inicio",
    nav_agenda: "Programa",
    nav_speakers: "Oradores",
    nav_documents: "Documentos",
    nav_updates: "Novedades",
    nav_my_agenda: "Mi programa",
    portal_name: "Event Portal",
    powered_by: "Publicado con Event Portal",

    loading: "Cargando el programa…",
    feed_failed_title: "No se pudo cargar el programa",
    feed_failed_hint: "Compruebe su conexión e inténtelo de nuevo. No ha hecho nada mal.",
    feed_stale: |minutes| {
        match minutes {
        0 => "No se pudo actualizar el programa en este momento: lo ve tal como estaba hace menos de un minuto. El portal sigue intentándolo.".into(),
        m => format!("No se pudo actualizar el programa: lo ve tal como estaba hace {}. El portal sigue intentándolo.", plural(m, "minuto", "minutos")),
    }
    },
    news: "Avisos",
    dismiss: "Cerrar",
    new_update: |title| format!("Nuevo anuncio: {title}"),
    starred_moved: |title, room, time| format!("«{title}» se traslada a {room}, a las {time}."),
    starred_rescheduled: |title, time| format!("«{title}» empieza ahora a las {time}."),
    starred_cancelled: |title| format!("«{title}» se ha cancelado."),
    starred_restored: |title| format!("«{title}» se celebrará finalmente."),
    changed: "Modificada",
    retry: "Reintentar",

    not_found_title: "Página no encontrada",
    not_found_body: "No hay ninguna página en esta dirección. Puede que se haya trasladado o que el enlace contenga un error.",
    back_home: "Ir a la página de inicio del evento",
    session_not_found: "Esta sesión no figura en el programa. Puede que se haya suprimido o cambiado de nombre.",
    speaker_not_found: "Este orador no figura en el programa. Puede que se haya suprimido o cambiado de nombre.",
    back_to_agenda: "Ver el programa completo",
    back_to_speakers: "Ver todos los oradores",

    when: "Cuándo",
    venue: "Dónde",
    map: "mapa",
    about: "Acerca del evento",
    organisers: "Organizadores",
    links: "Enlaces",
    happening_now: "En curso",
    up_next: "A continuación",
    nothing_now: "No hay nada previsto en este momento.",
    starts_in,
    event_ended: "Este evento ha concluido. Los informes y documentos siguen disponibles.",
    latest_updates: "Últimas novedades",
    all_updates: "Todas las novedades",
    no_updates: "Aún no hay novedades.",
    zone_time: |place| format!("hora de {place}"),
    times_in_zone: |place, short| format!("Las horas corresponden a la hora de {place} ({short})."),

    agenda_title: "Programa",
    no_sessions: "El programa aún no tiene sesiones.",
    room: "Sala",
    track: "Eje temático",
    speakers: "Oradores",
    moderators: "Moderadores",
    cancelled: "Cancelada",
    cancelled_notice: "Esta sesión se ha cancelado.",
    session_documents: "Documentos",
    livestream_upcoming: "Transmisión en directo (desde el inicio de la sesión)",
    watch_live: "Ver en directo",
    watch_recording: "Ver la grabación",
    session_kind,
    now_badge: "Ahora",
    jump_to_now: "Ir a la hora actual",
    star: |title| format!("Marcar «{title}» para Mi programa"),
    show_own_zone: |place| format!("Mostrar las horas en mi zona horaria ({place})"),
    search_sessions: "Buscar sesiones",
    filters: "Filtros",
    kind: "Tipo",
    all_days: "Todos los días",
    all_tracks: "Todos los ejes",
    all_rooms: "Todas las salas",
    all_kinds: "Todos los tipos",
    days: "Días",
    clear_filters: "Borrar los filtros",
    sessions_shown: |shown, all| {
        format!(
            "{} de {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "sesión", "sesiones")
        )
    },
    no_matches: "Ninguna sesión coincide con estos filtros.",
    view: "Vista",
    view_grid: "Cuadrícula",
    view_list: "Lista",
    calendar_session: "Añadir a mi calendario (.ics)",
    calendar_event: "Todo el programa como archivo de calendario (.ics)",
    calendar_mine: "Mi programa como archivo de calendario (.ics)",

    my_agenda_title: "Mi programa",
    my_agenda_empty: "Aún no ha marcado ninguna sesión. Marque sesiones con una estrella en el programa para tenerlas aquí, por orden cronológico.",
    overlaps: "Coincide con otra sesión marcada",
    share_my_agenda: "Enlace para compartir esta lista",
    shared_list: |n| {
        format!(
            "Alguien ha compartido con usted una lista de {}.",
            plural(n as i64, "sesión", "sesiones")
        )
    },
    import_shared: "Añadirlas a mi programa",

    speakers_title: "Oradores",
    no_speakers: "Aún no se ha anunciado ningún orador.",
    their_sessions: "Sesiones",
    photo_of: |name| format!("Foto de {name}"),
    search_speakers: "Buscar oradores",
    speakers_shown: |shown, all| {
        format!(
            "{} de {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "orador", "oradores")
        )
    },
    no_speakers_match: "Ningún orador coincide.",

    documents_title: "Documentos",
    no_documents: "Aún no se ha publicado ningún documento.",
    document_kind,
    language: "Idioma",
    format: "Formato",
    size: "Tamaño",
    published: "Publicado",
    download: |format, size| format!("Descargar {format}, {size}"),

    updates_title: "Novedades",
    important: "Importante",
    concerns: "Se refiere a",

    preview_title: "Vista previa de un borrador",
    preview_intro: "Elija o arrastre un archivo event.json para comprobarlo y ver el portal generado a partir de él. \
        El archivo se queda en este navegador: no se envía ni se publica nada.",
    preview_choose: "Elegir un borrador de event.json",
    preview_too_large: |size| {
        format!("Este archivo ocupa {size}; el portal lee archivos de hasta 2 MB.")
    },
    preview_unreadable: "No se pudo leer este archivo.",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{file}: no se ha encontrado ningún problema."),
        _ => format!(
            "{file}: {}, {}.",
            plural(errors as i64, "error", "errores"),
            plural(warnings as i64, "advertencia", "advertencias")
        ),
    },
    preview_shown: "Todas las páginas del portal muestran ahora este borrador, marcado como vista previa: \
        recórralo con el menú de arriba.",
    preview_not_shown: "No se puede generar el portal a partir de este borrador: corrija los errores y vuelva a elegir el archivo.",
    error: "Error",
    warning: "Advertencia",
    line_column: |line, column| format!("línea {line}, columna {column}"),
    preview_banner: "Vista previa de un borrador: los visitantes no la ven.",
    back_to_checks: "Volver a las comprobaciones",
    leave_preview: "Salir de la vista previa",
};
