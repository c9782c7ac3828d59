//! Arabic, right to left, in the terms of the United Nations' Arabic sites (جدول الأعمال،
//! المتكلمون، الوثائق), with the digits the UN's Arabic documents use (0–9).
//!
//! Feed text and times inside a sentence (a Latin title, "16:00") are isolated with
//! FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so they keep their own direction and
//! do not reorder the Arabic around them.

use super::plural::{Category, arabic};
use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: ",",
    decimal: ".",
    min_grouping: 1,
    units: ["بايت", "ك.بايت", "م.بايت", "غ.بايت", "ت.بايت"],
};

/// Text of another direction inside an Arabic sentence.
fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// The forms of a counted noun: one and two are words of their own ("دقيقة واحدة",
/// "دقيقتان"); 3–10 take the plural, 11–99 the singular accusative, 100 the singular.
struct Noun {
    one: &'static str,
    two: &'static str,
    few: &'static str,
    many: &'static str,
    other: &'static str,
}

fn count(n: i64, noun: &Noun) -> String {
    let n = n.unsigned_abs();
    match arabic(n) {
        Category::One => noun.one.into(),
        Category::Two => noun.two.into(),
        Category::Few => format!("{} {}", NUMBERS.integer(n), noun.few),
        Category::Many => format!("{} {}", NUMBERS.integer(n), noun.many),
        _ => format!("{} {}", NUMBERS.integer(n), noun.other),
    }
}

const MINUTES: Noun = Noun {
    one: "دقيقة واحدة",
    two: "دقيقتين",
    few: "دقائق",
    many: "دقيقة",
    other: "دقيقة",
};
const HOURS: Noun = Noun {
    one: "ساعة واحدة",
    two: "ساعتين",
    few: "ساعات",
    many: "ساعة",
    other: "ساعة",
};
const DAYS: Noun = Noun {
    one: "يوم واحد",
    two: "يومين",
    few: "أيام",
    many: "يومًا",
    other: "يوم",
};
const SESSIONS: Noun = Noun {
    one: "جلسة واحدة",
    two: "جلستين",
    few: "جلسات",
    many: "جلسة",
    other: "جلسة",
};
const SPEAKERS: Noun = Noun {
    one: "متكلم واحد",
    two: "متكلمين",
    few: "متكلمين",
    many: "متكلمًا",
    other: "متكلم",
};
const ERRORS: Noun = Noun {
    one: "خطأ واحد",
    two: "خطآن",
    few: "أخطاء",
    many: "خطأً",
    other: "خطأ",
};
const WARNINGS: Noun = Noun {
    one: "تحذير واحد",
    two: "تحذيران",
    few: "تحذيرات",
    many: "تحذيرًا",
    other: "تحذير",
};

fn starts_in(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => "يبدأ بعد أقل من دقيقة".into(),
        (0, 0, m) => format!("يبدأ بعد {}", count(m, &MINUTES)),
        (0, h, _) => format!("يبدأ بعد {}", count(h, &HOURS)),
        (1, _, _) => "يبدأ غدًا".into(),
        (d, _, _) => format!("يبدأ بعد {}", count(d, &DAYS)),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "كلمة رئيسية",
        SessionKind::Talk => "عرض",
        SessionKind::Panel => "حلقة نقاش",
        SessionKind::Workshop => "حلقة عمل",
        SessionKind::Break => "استراحة",
        SessionKind::Other => "جلسة",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "تقرير",
        DocumentKind::Agenda => "جدول الأعمال",
        DocumentKind::Slides => "شرائح العرض",
        DocumentKind::Other => "وثيقة",
    }
}

pub(super) const AR: Messages = Messages {
    lang: "ar",
    locale: "ar-u-hc-h23-nu-latn",
    direction: Direction::RightToLeft,
    language_name: "العربية",
    numbers: NUMBERS,
    choose_language: "اللغة",
    comma: "، ",

    skip_to_content: "انتقل إلى المحتوى الرئيسي",
    main_navigation: "القائمة الرئيسية",
    nav_home: "الصفحة الرئيسية",
    nav_agenda: "جدول الأعمال",
    nav_speakers: "المتكلمون",
    nav_documents: "الوثائق",
    nav_updates: "المستجدات",
    nav_my_agenda: "برنامجي",
    portal_name: "Event Portal",
    powered_by: "نُشر باستخدام Event Portal",

    loading: "جارٍ تحميل البرنامج…",
    feed_failed_title: "تعذّر تحميل البرنامج",
    feed_failed_hint: "تحقق من الاتصال ثم حاول مرة أخرى. لم يحدث هذا بسبب أي شيء فعلته.",
    feed_stale: |minutes| {
        match minutes {
        0 => "تعذّر تحديث البرنامج الآن: تُعرض عليك نسخته كما كانت قبل أقل من دقيقة. تواصل البوابة المحاولة.".into(),
        m => format!("تعذّر تحديث البرنامج: تُعرض عليك نسخته كما كانت قبل {}. تواصل البوابة المحاولة.", count(m, &MINUTES)),
    }
    },
    news: "الإشعارات",
    dismiss: "إغلاق",
    new_update: |title| format!("إعلان جديد: {}", isolate(title)),
    starred_moved: |title, room, time| {
        format!(
            "نُقلت «{}» إلى {}، الساعة {}.",
            isolate(title),
            isolate(room),
            isolate(time)
        )
    },
    starred_rescheduled: |title, time| {
        format!("تبدأ «{}» الآن الساعة {}.", isolate(title), isolate(time))
    },
    starred_cancelled: |title| format!("أُلغيت «{}».", isolate(title)),
    starred_restored: |title| format!("ستُعقد «{}» كما هو مقرر.", isolate(title)),
    changed: "تغيّرت",
    retry: "حاول مرة أخرى",

    not_found_title: "الصفحة غير موجودة",
    not_found_body: "لا توجد صفحة بهذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ.",
    back_home: "انتقل إلى الصفحة الرئيسية للفعالية",
    session_not_found: "هذه الجلسة ليست في البرنامج. ربما حُذفت أو تغيّر اسمها.",
    speaker_not_found: "هذا المتكلم ليس في البرنامج. ربما حُذف أو تغيّر اسمه.",
    back_to_agenda: "اطّلع على جدول الأعمال كاملًا",
    back_to_speakers: "اطّلع على جميع المتكلمين",

    when: "الموعد",
    venue: "المكان",
    map: "الخريطة",
    about: "نبذة عن الفعالية",
    organisers: "الجهات المنظمة",
    links: "روابط",
    happening_now: "يجري الآن",
    up_next: "التالي",
    nothing_now: "لا شيء مقرر في هذه اللحظة.",
    starts_in,
    event_ended: "انتهت هذه الفعالية. تبقى التقارير والوثائق متاحة.",
    latest_updates: "آخر المستجدات",
    all_updates: "جميع المستجدات",
    no_updates: "لا توجد مستجدات بعد.",
    zone_time: |place| format!("بتوقيت {}", isolate(place)),
    times_in_zone: |place, short| format!("الأوقات بتوقيت {} ({}).", isolate(place), isolate(short)),

    agenda_title: "جدول الأعمال",
    no_sessions: "لا توجد جلسات في البرنامج بعد.",
    room: "القاعة",
    track: "المحور",
    speakers: "المتكلمون",
    moderators: "مديرو الحوار",
    cancelled: "أُلغيت",
    cancelled_notice: "أُلغيت هذه الجلسة.",
    session_documents: "الوثائق",
    livestream_upcoming: "البث المباشر (من بداية الجلسة)",
    watch_live: "شاهد البث المباشر",
    watch_recording: "شاهد التسجيل",
    session_kind,
    now_badge: "الآن",
    jump_to_now: "انتقل إلى الوقت الحالي",
    star: |title| format!("أضف «{}» إلى برنامجي", isolate(title)),
    show_own_zone: |place| format!("اعرض الأوقات بتوقيتي المحلي ({})", isolate(place)),
    search_sessions: "ابحث في الجلسات",
    filters: "عوامل التصفية",
    kind: "النوع",
    all_days: "جميع الأيام",
    all_tracks: "جميع المحاور",
    all_rooms: "جميع القاعات",
    all_kinds: "جميع الأنواع",
    days: "الأيام",
    clear_filters: "امسح عوامل التصفية",
    sessions_shown: |shown, all| {
        format!(
            "{} من أصل {}",
            NUMBERS.integer(shown as u64),
            count(all as i64, &SESSIONS)
        )
    },
    no_matches: "لا توجد جلسات تطابق عوامل التصفية هذه.",
    view: "طريقة العرض",
    view_grid: "شبكة",
    view_list: "قائمة",
    calendar_session: "أضف إلى تقويمي (.ics)",
    calendar_event: "البرنامج كاملًا في ملف تقويم (.ics)",
    calendar_mine: "برنامجي في ملف تقويم (.ics)",

    my_agenda_title: "برنامجي",
    my_agenda_empty: "لم تضع نجمة على أي جلسة بعد. ضع نجمة على الجلسات في جدول الأعمال لتجدها هنا مرتبة حسب الوقت.",
    overlaps: "تتداخل مع جلسة أخرى عليها نجمة",
    share_my_agenda: "رابط لمشاركة هذه القائمة",
    shared_list: |n| format!("شاركك أحدهم قائمة من {}.", count(n as i64, &SESSIONS)),
    import_shared: "أضفها إلى برنامجي",

    speakers_title: "المتكلمون",
    no_speakers: "لم يُعلن عن أي متكلم بعد.",
    their_sessions: "الجلسات",
    photo_of: |name| format!("صورة {}", isolate(name)),
    search_speakers: "ابحث في المتكلمين",
    speakers_shown: |shown, all| {
        format!(
            "{} من أصل {}",
            NUMBERS.integer(shown as u64),
            count(all as i64, &SPEAKERS)
        )
    },
    no_speakers_match: "لا يوجد متكلمون مطابقون.",

    documents_title: "الوثائق",
    no_documents: "لم تُنشر أي وثائق بعد.",
    document_kind,
    language: "اللغة",
    format: "الصيغة",
    size: "الحجم",
    published: "تاريخ النشر",
    download: |format, size| format!("نزّل ملف {}، {}", isolate(format), isolate(size)),

    updates_title: "المستجدات",
    important: "مهم",
    concerns: "يخص",

    preview_title: "معاينة مسودة",
    preview_intro: "اختر ملف event.json أو أفلته هنا لفحصه ولمشاهدة البوابة مبنية منه. \
        يبقى الملف في هذا المتصفح: لا يُرسل أي شيء ولا يُنشر.",
    preview_choose: "اختر مسودة ملف event.json",
    preview_too_large: |size| {
        format!(
            "حجم هذا الملف {}؛ تقرأ البوابة ملفات حتى 2 م.بايت.",
            isolate(size)
        )
    },
    preview_unreadable: "تعذّرت قراءة هذا الملف.",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{}: لم يُعثر على أي مشكلة.", isolate(file)),
        _ => format!(
            "{}: {}، {}.",
            isolate(file),
            count(errors as i64, &ERRORS),
            count(warnings as i64, &WARNINGS)
        ),
    },
    preview_shown: "تعرض كل صفحات البوابة الآن هذه المسودة، موسومة بأنها معاينة: \
        تصفحها باستخدام القائمة أعلاه.",
    preview_not_shown: "لا يمكن بناء البوابة من هذه المسودة: صحّح الأخطاء، ثم اختر الملف مرة أخرى.",
    error: "خطأ",
    warning: "تحذير",
    line_column: |line, column| format!("السطر {line}، العمود {column}"),
    preview_banner: "معاينة مسودة: لا يراها الزوار.",
    back_to_checks: "عودة إلى نتائج الفحص",
    leave_preview: "اخرج من المعاينة",
};
