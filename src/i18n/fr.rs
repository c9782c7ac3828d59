//! French, in the terms of the United Nations' French sites (« ordre du jour »,
//! « orateurs », « documents »).

use super::plural::{Category, french};
use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: "\u{202f}",
    decimal: ",",
    min_grouping: 1,
    units: ["octets", "ko", "Mo", "Go", "To"],
};

/// "1 minute", "2 000 séances" (one for 0 and 1 in French).
fn plural(n: i64, one: &str, other: &str) -> String {
    let n = n.unsigned_abs();
    let word = match french(n) {
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
        (0, 0, 0) => "Commence dans moins d’une minute".into(),
        (0, 0, m) => format!("Commence dans {}", plural(m, "minute", "minutes")),
        (0, h, _) => format!("Commence dans {}", plural(h, "heure", "heures")),
        (1, _, _) => "Commence demain".into(),
        (d, _, _) => format!("Commence dans {}", plural(d, "jour", "jours")),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "Discours liminaire",
        SessionKind::Talk => "Exposé",
        SessionKind::Panel => "Table ronde",
        SessionKind::Workshop => "Atelier",
        SessionKind::Break => "Pause",
        SessionKind::Other => "Séance",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "Rapport",
        DocumentKind::Agenda => "Ordre du jour",
        DocumentKind::Slides => "Diapositives",
        DocumentKind::Other => "Document",
    }
}

pub(super) const FR: Messages = Messages {
    lang: "fr",
    locale: "fr-FR",
    direction: Direction::LeftToRight,
    language_name: "Français",
    numbers: NUMBERS,
    choose_language: "Langue",
    comma: ", ",

    skip_to_content: "Aller au contenu principal",
    main_navigation: "Menu principal",
    nav_home: "Accueil",
    nav_agenda: "Ordre du jour",
    nav_speakers: "Orateurs",
    nav_documents: "Documents",
    nav_updates: "Actualités",
    nav_my_agenda: "Mon programme",
    portal_name: "Event Portal",
    powered_by: "Publié avec Event Portal",

    loading: "Chargement du programme…",
    feed_failed_title: "Le programme n’a pas pu être chargé",
    feed_failed_hint: "Vérifiez votre connexion, puis réessayez. Vous n’y êtes pour rien.",
    feed_stale: |minutes| {
        match minutes {
        0 => "Le programme n’a pas pu être mis à jour à l’instant : vous le voyez tel qu’il était il y a moins d’une minute. Le portail continue d’essayer.".into(),
        m => format!("Le programme n’a pas pu être mis à jour : vous le voyez tel qu’il était il y a {}. Le portail continue d’essayer.", plural(m, "minute", "minutes")),
    }
    },
    news: "Nouvelles",
    dismiss: "Fermer",
    new_update: |title| format!("Nouvelle annonce : {title}"),
    starred_moved: |title, room, time| format!("« {title} » a lieu désormais en {room}, à {time}."),
    starred_rescheduled: |title, time| format!("« {title} » commence désormais à {time}."),
    starred_cancelled: |title| format!("« {title} » est annulée."),
    starred_restored: |title| format!("« {title} » aura finalement lieu."),
    changed: "Modifiée",
    retry: "Réessayer",

    not_found_title: "Page introuvable",
    not_found_body: "Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.",
    back_home: "Aller à la page d’accueil de l’événement",
    session_not_found: "Cette séance ne figure pas au programme. Elle a peut-être été supprimée ou renommée.",
    speaker_not_found: "Cet orateur ne figure pas au programme. Il a peut-être été retiré ou renommé.",
    back_to_agenda: "Voir l’ordre du jour complet",
    back_to_speakers: "Voir tous les orateurs",

    when: "Quand",
    venue: "Où",
    map: "plan",
    about: "À propos de l’événement",
    organisers: "Organisateurs",
    links: "Liens",
    happening_now: "En ce moment",
    up_next: "À suivre",
    nothing_now: "Rien n’est prévu en ce moment.",
    starts_in,
    event_ended: "Cet événement est terminé. Les rapports et les documents restent disponibles.",
    latest_updates: "Dernières actualités",
    all_updates: "Toutes les actualités",
    no_updates: "Aucune actualité pour le moment.",
    zone_time: |place| format!("heure de {place}"),
    times_in_zone: |place, short| {
        format!("Les heures sont données à l’heure de {place} ({short}).")
    },

    agenda_title: "Ordre du jour",
    no_sessions: "Le programme ne compte encore aucune séance.",
    room: "Salle",
    track: "Thème",
    speakers: "Orateurs",
    moderators: "Modérateurs",
    cancelled: "Annulée",
    cancelled_notice: "Cette séance a été annulée.",
    session_documents: "Documents",
    livestream_upcoming: "Diffusion en direct (dès le début de la séance)",
    watch_live: "Regarder en direct",
    watch_recording: "Regarder l’enregistrement",
    session_kind,
    now_badge: "En cours",
    jump_to_now: "Aller à l’heure actuelle",
    star: |title| format!("Ajouter « {title} » à mon programme"),
    show_own_zone: |place| format!("Afficher les heures dans mon fuseau horaire ({place})"),
    search_sessions: "Rechercher des séances",
    filters: "Filtres",
    kind: "Type",
    all_days: "Tous les jours",
    all_tracks: "Tous les thèmes",
    all_rooms: "Toutes les salles",
    all_kinds: "Tous les types",
    days: "Jours",
    clear_filters: "Effacer les filtres",
    sessions_shown: |shown, all| {
        format!(
            "{} sur {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "séance", "séances")
        )
    },
    no_matches: "Aucune séance ne correspond à ces filtres.",
    view: "Affichage",
    view_grid: "Grille",
    view_list: "Liste",
    calendar_session: "Ajouter à mon agenda (.ics)",
    calendar_event: "Tout le programme en fichier d’agenda (.ics)",
    calendar_mine: "Mon programme en fichier d’agenda (.ics)",

    my_agenda_title: "Mon programme",
    my_agenda_empty: "Vous n’avez encore retenu aucune séance. Marquez des séances d’une étoile dans l’ordre du jour pour les retrouver ici, par ordre chronologique.",
    overlaps: "Chevauche une autre séance retenue",
    share_my_agenda: "Lien pour partager cette liste",
    shared_list: |n| {
        format!(
            "Quelqu’un vous a transmis une liste de {}.",
            plural(n as i64, "séance", "séances")
        )
    },
    import_shared: "Les ajouter à mon programme",

    speakers_title: "Orateurs",
    no_speakers: "Aucun orateur n’a encore été annoncé.",
    their_sessions: "Séances",
    photo_of: |name| format!("Photo de {name}"),
    search_speakers: "Rechercher des orateurs",
    speakers_shown: |shown, all| {
        format!(
            "{} sur {}",
            NUMBERS.integer(shown as u64),
            plural(all as i64, "orateur", "orateurs")
        )
    },
    no_speakers_match: "Aucun orateur ne correspond.",

    documents_title: "Documents",
    no_documents: "Aucun document n’a encore été publié.",
    document_kind,
    language: "Langue",
    format: "Format",
    size: "Taille",
    published: "Publié le",
    download: |format, size| format!("Télécharger le {format}, {size}"),

    updates_title: "Actualités",
    important: "Important",
    concerns: "Concerne",

    preview_title: "Prévisualiser un projet",
    preview_intro: "Choisissez ou déposez un fichier event.json pour le vérifier et voir le portail construit à partir de celui-ci. \
        Le fichier reste dans ce navigateur : rien n’est envoyé ni publié.",
    preview_choose: "Choisir un projet de fichier event.json",
    preview_too_large: |size| {
        format!("Ce fichier fait {size} ; le portail lit des fichiers de 2 Mo au plus.")
    },
    preview_unreadable: "Ce fichier n’a pas pu être lu.",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{file} : aucun problème détecté."),
        _ => format!(
            "{file} : {}, {}.",
            plural(errors as i64, "erreur", "erreurs"),
            plural(warnings as i64, "avertissement", "avertissements")
        ),
    },
    preview_shown: "Toutes les pages du portail affichent maintenant ce projet, signalé comme aperçu : \
        parcourez-le avec le menu ci-dessus.",
    preview_not_shown: "Le portail ne peut pas être construit à partir de ce projet : corrigez les erreurs, puis choisissez de nouveau le fichier.",
    error: "Erreur",
    warning: "Avertissement",
    line_column: |line, column| format!("ligne {line}, colonne {column}"),
    preview_banner: "Aperçu d’un projet : les visiteurs ne le voient pas.",
    back_to_checks: "Retour aux vérifications",
    leave_preview: "Quitter l’aperçu",
};
