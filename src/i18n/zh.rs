//! Chinese (Simplified), in the terms of the United Nations' Chinese sites (议程, 发言者,
//! 文件). Chinese has one form for every number.

use super::{Direction, Messages, Numbers};
use crate::feed::{DocumentKind, SessionKind};

const NUMBERS: Numbers = Numbers {
    group: ",",
    decimal: ".",
    min_grouping: 1,
    units: ["字节", "KB", "MB", "GB", "TB"],
};

/// A count: the same words follow whatever the number.
fn count(n: i64) -> String {
    NUMBERS.integer(n.unsigned_abs())
}

fn starts_in(seconds: i64) -> String {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    let days = hours / 24;
    match (days, hours, minutes) {
        (0, 0, 0) => "不到一分钟后开始".into(),
        (0, 0, m) => format!("{} 分钟后开始", count(m)),
        (0, h, _) => format!("{} 小时后开始", count(h)),
        (1, _, _) => "明天开始".into(),
        (d, _, _) => format!("{} 天后开始", count(d)),
    }
}

fn session_kind(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Keynote => "主旨发言",
        SessionKind::Talk => "专题发言",
        SessionKind::Panel => "小组讨论",
        SessionKind::Workshop => "讲习班",
        SessionKind::Break => "休息",
        SessionKind::Other => "会议",
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Report => "报告",
        DocumentKind::Agenda => "议程",
        DocumentKind::Slides => "幻灯片",
        DocumentKind::Other => "文件",
    }
}

pub(super) const ZH: Messages = Messages {
    lang: "zh",
    locale: "zh-CN",
    direction: Direction::LeftToRight,
    language_name: "中文",
    numbers: NUMBERS,
    choose_language: "语言",
    comma: "，",

    skip_to_content: "跳至主要内容",
    main_navigation: "主菜单",
    nav_home: "首页",
    nav_agenda: "议程",
    nav_speakers: "发言者",
    nav_documents: "文件",
    nav_updates: "最新消息",
    nav_my_agenda: "我的日程",
    portal_name: "Event Portal",
    powered_by: "由 Event Portal 发布",

    loading: "正在加载日程…",
    feed_failed_title: "无法加载日程",
    feed_failed_hint: "请检查网络连接，然后重试。这不是您的操作造成的。",
    feed_stale: |minutes| match minutes {
        0 => "日程暂时无法更新：您看到的是不到一分钟前的版本。门户会继续尝试。".into(),
        m => format!(
            "日程无法更新：您看到的是 {} 分钟前的版本。门户会继续尝试。",
            count(m)
        ),
    },
    news: "通知",
    dismiss: "关闭",
    new_update: |title| format!("新公告：{title}"),
    starred_moved: |title, room, time| format!("“{title}”改至{room}，{time}。"),
    starred_rescheduled: |title, time| format!("“{title}”改为 {time} 开始。"),
    starred_cancelled: |title| format!("“{title}”已取消。"),
    starred_restored: |title| format!("“{title}”将照常举行。"),
    changed: "有变动",
    retry: "重试",

    not_found_title: "找不到网页",
    not_found_body: "此地址没有网页。网页可能已移动，或链接有误。",
    back_home: "前往活动首页",
    session_not_found: "日程中没有这场会议。它可能已被删除或更名。",
    speaker_not_found: "日程中没有这位发言者。其信息可能已被删除或更名。",
    back_to_agenda: "查看完整议程",
    back_to_speakers: "查看所有发言者",

    when: "时间",
    venue: "地点",
    map: "地图",
    about: "活动简介",
    organisers: "主办方",
    links: "链接",
    happening_now: "正在进行",
    up_next: "即将开始",
    nothing_now: "此刻没有安排。",
    starts_in,
    event_ended: "本次活动已结束。报告和文件仍可查阅。",
    latest_updates: "最新消息",
    all_updates: "全部消息",
    no_updates: "暂无消息。",
    zone_time: |place| format!("{place}时间"),
    times_in_zone: |place, short| format!("所示时间为{place}时间（{short}）。"),

    agenda_title: "议程",
    no_sessions: "日程中暂无会议。",
    room: "会议室",
    track: "专题",
    speakers: "发言者",
    moderators: "主持人",
    cancelled: "已取消",
    cancelled_notice: "本场会议已取消。",
    session_documents: "文件",
    livestream_upcoming: "直播（会议开始后）",
    watch_live: "观看直播",
    watch_recording: "观看录像",
    session_kind,
    now_badge: "进行中",
    jump_to_now: "跳至当前时间",
    star: |title| format!("将“{title}”加入我的日程"),
    show_own_zone: |place| format!("按我的时区（{place}）显示时间"),
    search_sessions: "搜索会议",
    filters: "筛选",
    kind: "类型",
    all_days: "所有日期",
    all_tracks: "所有专题",
    all_rooms: "所有会议室",
    all_kinds: "所有类型",
    days: "日期",
    clear_filters: "清除筛选",
    sessions_shown: |shown, all| {
        format!(
            "显示 {} 场，共 {} 场",
            count(shown as i64),
            count(all as i64)
        )
    },
    no_matches: "没有符合这些筛选条件的会议。",
    view: "视图",
    view_grid: "网格",
    view_list: "列表",
    calendar_session: "添加到我的日历 (.ics)",
    calendar_event: "完整日程日历文件 (.ics)",
    calendar_mine: "我的日程日历文件 (.ics)",

    my_agenda_title: "我的日程",
    my_agenda_empty: "您还没有标记任何会议。在议程中为会议加星标，它们会按时间顺序显示在这里。",
    overlaps: "与另一场已标记的会议时间重叠",
    share_my_agenda: "分享此列表的链接",
    shared_list: |n| format!("有人与您分享了 {} 场会议的列表。", count(n as i64)),
    import_shared: "添加到我的日程",

    speakers_title: "发言者",
    no_speakers: "尚未公布发言者。",
    their_sessions: "会议",
    photo_of: |name| format!("{name}的照片"),
    search_speakers: "搜索发言者",
    speakers_shown: |shown, all| {
        format!(
            "显示 {} 位，共 {} 位发言者",
            count(shown as i64),
            count(all as i64)
        )
    },
    no_speakers_match: "没有符合条件的发言者。",

    documents_title: "文件",
    no_documents: "尚未发布任何文件。",
    document_kind,
    language: "语言",
    format: "格式",
    size: "大小",
    published: "发布日期",
    download: |format, size| format!("下载 {format}，{size}"),

    updates_title: "最新消息",
    important: "重要",
    concerns: "涉及",

    preview_title: "预览草稿",
    preview_intro: "选择或拖入一个 event.json 文件，以检查该文件并查看据此生成的门户。\
        文件只保存在此浏览器中：不会发送或发布任何内容。",
    preview_choose: "选择 event.json 草稿",
    preview_too_large: |size| format!("此文件大小为 {size}；门户读取的文件不超过 2 MB。"),
    preview_unreadable: "无法读取此文件。",
    preview_summary: |file, errors, warnings| match (errors, warnings) {
        (0, 0) => format!("{file}：未发现问题。"),
        _ => format!(
            "{file}：{} 个错误，{} 个警告。",
            count(errors as i64),
            count(warnings as i64)
        ),
    },
    preview_shown: "门户的所有页面现在都显示此草稿，并标为预览：请通过上方菜单浏览。",
    preview_not_shown: "无法根据此草稿生成门户：请更正错误，然后重新选择文件。",
    error: "错误",
    warning: "警告",
    line_column: |line, column| format!("第 {line} 行，第 {column} 列"),
    preview_banner: "草稿预览：访客看不到此内容。",
    back_to_checks: "返回检查结果",
    leave_preview: "退出预览",
};
