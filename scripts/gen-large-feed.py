#!/usr/bin/env python3
"""Writes a large, valid event.json for benchmarks: by default 2,000 sessions, 800
speakers, 20 rooms and 5 days (the scale the Visitor experience issue asks for), with
accented and non-Latin names, multilingual titles, cancelled sessions, breaks, documents
and updates. The same arguments always give the same file.

    scripts/gen-large-feed.py [--sessions N] [--speakers N] [--rooms N] [--days N] > feed.json
"""
import argparse
import datetime as dt
import json
import random

FIRST = ["Amina", "José", "Łukasz", "Søren", "Chloé", "Nguyễn", "Олег", "Мария", "محمد",
         "فاطمة", "王", "李", "Ana", "Kwame", "Priya", "Hiroshi", "Zoë", "Ömer", "Ines", "Tariq"]
LAST = ["Okafor", "García", "Nowak", "Jørgensen", "Dubois", "Văn An", "Иванов", "Петрова",
        "الحسن", "الزهراء", "伟", "娜", "Silva", "Mensah", "Sharma", "Tanaka", "Müller",
        "Yılmaz", "Côté", "Haddad"]
ORGS = ["UNICRI", "INTERPOL", "UNODC", "UNDP", "OSCE", "NATO", "UN Women", "ITU",
        "Université de Genève", "Universidad de Chile", "Московский университет"]
TOPICS = ["artificial intelligence", "robotics", "policing", "cybercrime", "human rights",
          "explainability", "gender balance", "border security", "forensics", "privacy",
          "terrorism prevention", "data protection", "public trust", "drones", "biometrics"]
KINDS = ["talk", "talk", "talk", "panel", "workshop", "keynote", "other"]
TRACKS = ["policy", "technology", "ethics", "practice", "research", "prevention",
          "justice", "security"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--speakers", type=int, default=800)
    parser.add_argument("--rooms", type=int, default=20)
    parser.add_argument("--days", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(2019)

    start = dt.date(2019, 4, 1)
    end = start + dt.timedelta(days=args.days - 1)
    rooms = [{"id": f"room-{i + 1}", "name": f"Conference Room {i + 1}"}
             for i in range(args.rooms)]
    tracks = [{"id": t, "name": t.capitalize()} for t in TRACKS]
    speakers = []
    for i in range(args.speakers):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        speaker = {"id": f"speaker-{i + 1}", "name": name,
                   "organisation": rng.choice(ORGS), "role": "Representative"}
        if i % 3:
            speaker["bio"] = (f"{name} works on {rng.choice(TOPICS)} and "
                              f"{rng.choice(TOPICS)}.\n\nBefore that, {rng.choice(ORGS)}.")
        speakers.append(speaker)
    documents = [{"id": f"doc-{i + 1}", "title": f"Report on {rng.choice(TOPICS)}",
                  "kind": "report", "url": "documents/report.pdf",
                  "media_type": "application/pdf", "bytes": 990, "language": "en"}
                 for i in range(20)]

    # Sessions fill each room's day in slots of 20 to 60 minutes from 09:00, so that no
    # room holds two at once; the slots are spread over the days and rooms evenly.
    per_room_day = -(-args.sessions // (args.days * args.rooms))
    sessions = []
    for day in range(args.days):
        date = start + dt.timedelta(days=day)
        for room in rooms:
            minute = 9 * 60
            for _ in range(per_room_day):
                if len(sessions) == args.sessions:
                    break
                n = len(sessions) + 1
                length = rng.choice([20, 30, 30, 45, 60])
                kind = "break" if n % 25 == 0 else rng.choice(KINDS)
                topic = rng.choice(TOPICS)
                title = (f"Coffee break {n}" if kind == "break"
                         else f"{topic.capitalize()} and {rng.choice(TOPICS)} ({n})")
                begin = dt.datetime.combine(date, dt.time()) + dt.timedelta(minutes=minute)
                finish = begin + dt.timedelta(minutes=length)
                session = {
                    "id": f"session-{n}", "kind": kind,
                    "title": title if n % 7 else {"en": title, "fr": f"Séance {n} : {topic}"},
                    "start": begin.strftime("%Y-%m-%dT%H:%M:00+02:00"),
                    "end": finish.strftime("%Y-%m-%dT%H:%M:00+02:00"),
                    "room": room["id"], "track": rng.choice(TRACKS),
                    "speakers": [] if kind == "break" else
                    [s["id"] for s in rng.sample(speakers, rng.randint(1, 4))],
                    "abstract": f"A session on {topic}, with {rng.choice(ORGS)}.",
                }
                if n % 40 == 0:
                    session["status"] = "cancelled"
                if n % 50 == 0:
                    session["documents"] = [rng.choice(documents)["id"]]
                sessions.append(session)
                minute += length + 5
    updates = [{"id": f"update-{i + 1}", "published": f"2019-03-{20 + i}T10:00:00+02:00",
                "title": f"Programme update {i + 1}", "body": "Rooms and times are final.",
                "important": i == 0}
               for i in range(3)]
    feed = {
        "$schema": "event.schema.json",
        "updated": "2019-03-31T12:00:00+02:00",
        "refresh": 60,
        "event": {
            "id": "large-benchmark-event",
            "title": "A large event for benchmarks",
            "description": "Generated by scripts/gen-large-feed.py.",
            "start": start.isoformat(), "end": end.isoformat(),
            "timezone": "Europe/Zurich",
            "venue": {"name": "Palais des Nations", "city": "Genève"},
            "organisers": [{"name": "UNICRI", "url": "https://unicri.org"}],
            "languages": ["en", "fr"],
        },
        "rooms": rooms, "tracks": tracks, "speakers": speakers,
        "sessions": sessions, "documents": documents, "updates": updates,
    }
    json.dump(feed, __import__("sys").stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
