#!/usr/bin/env python3
"""Templated eval-corpus generator for the request parser (see INTENT-LABELS.md). stdlib + zoneinfo, fixed seed."""
"""Time-expression generator with gold resolution per INTENT-LABELS.md.

Every generator returns a dict: text, vals (list of candidate gold values: date or aware
datetime; 2 entries = ambiguous *_any), tags, dur (minutes, ranges only) -- or None when
the form does not fit this `now` (caller retries).
"""
import datetime as dt
from zoneinfo import ZoneInfo

WD_FORMS = {0: ["monday", "mon", "Monday", "Mon"], 1: ["tuesday", "tue", "tues", "Tuesday", "Tues"],
            2: ["wednesday", "wed", "weds", "Wednesday"], 3: ["thursday", "thu", "thur", "thurs", "Thursday", "Thurs"],
            4: ["friday", "fri", "Friday", "Fri"], 5: ["saturday", "sat", "Saturday"], 6: ["sunday", "sun", "Sunday"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
        9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
ZONES = {"ET": "America/New_York", "Eastern": "America/New_York", "EST": None, "CT": "America/Chicago",
         "Central": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
         "Pacific": "America/Los_Angeles"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def biz(h):
    """bare clock hour -> 24h per business-hours rule (7-11 am, 12 noon, 1-6 pm)."""
    if 7 <= h <= 11 or h == 12:
        return h
    if 1 <= h <= 6:
        return h + 12
    raise ValueError(h)


class Ctx:
    def __init__(self, now, tz):
        self.now = now            # aware, in tz
        self.tz = tz
        self.Z = ZoneInfo(tz)
        self.today = now.date()

    def at(self, d, h, m):
        return dt.datetime(d.year, d.month, d.day, h, m, tzinfo=self.Z)


def fmt(v):
    if isinstance(v, dt.datetime):
        return v.isoformat(timespec="seconds")
    return v.isoformat()


def vdate(v):
    return v.date() if isinstance(v, dt.datetime) else v


# ---------------------------------------------------------------- holidays
def thanksgiving(y):
    d = dt.date(y, 11, 1)
    first_thu = d + dt.timedelta((3 - d.weekday()) % 7)
    return first_thu + dt.timedelta(21)


def memorial(y):
    d = dt.date(y, 5, 31)
    return d - dt.timedelta(d.weekday())


def labor(y):
    d = dt.date(y, 9, 1)
    return d + dt.timedelta((0 - d.weekday()) % 7)


HOLIDAYS = [
    (["Christmas Eve"], lambda y: dt.date(y, 12, 24)),
    (["New Year's Eve", "NYE"], lambda y: dt.date(y, 12, 31)),
    (["Juneteenth"], lambda y: dt.date(y, 6, 19)),
    (["July 4th", "the 4th of July", "Independence Day"], lambda y: dt.date(y, 7, 4)),
    (["Veterans Day"], lambda y: dt.date(y, 11, 11)),
    (["Halloween"], lambda y: dt.date(y, 10, 31)),
    (["Thanksgiving"], thanksgiving),
    (["the day after Thanksgiving", "Black Friday"], lambda y: thanksgiving(y) + dt.timedelta(1)),
    (["Memorial Day"], memorial),
    (["Labor Day"], labor),
]


def next_holiday(c, fn):
    d = fn(c.today.year)
    if d < c.today:
        d = fn(c.today.year + 1)
    return d


# ---------------------------------------------------------------- day expressions
def day_expr(r, c, kinds, mode="free"):
    """A day. kinds: subset of names below. Returns dict(text, dates, tags, timed_ok)."""
    k = r.choice(kinds)
    t = c.today
    if k == "today":
        return dict(text="today", dates=[t], tags=["time_today"], k=k)
    if k == "tomorrow":
        return dict(text=r.choice(["tomorrow", "tomorrow", "tmrw", "tmr"]), dates=[t + dt.timedelta(1)],
                    tags=["time_tomorrow"], k=k)
    if k in ("wd", "this_wd"):
        wd = r.choice([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 5])
        delta = (wd - t.weekday()) % 7 or 7
        name = r.choice(WD_FORMS[wd])
        if k == "this_wd":
            text = "this " + name
        else:
            text = ("on " + name) if (mode == "free" and r.random() < 0.35) else name
        return dict(text=text, dates=[t + dt.timedelta(delta)], tags=["time_wd"], k=k)
    if k == "next_wd":
        wd = r.choice([0, 1, 2, 3, 4])
        name = r.choice(WD_FORMS[wd])
        if wd == t.weekday():
            return dict(text="next " + name, dates=[t + dt.timedelta(7)], tags=["time_next_wd"], k=k)
        delta = (wd - t.weekday()) % 7
        d = t + dt.timedelta(delta)
        if wd > t.weekday() or delta == 1:
            return dict(text="next " + name, dates=[d, d + dt.timedelta(7)], tags=["time_next_wd", "ambiguous"], k=k)
        return dict(text="next " + name, dates=[d], tags=["time_next_wd"], k=k)
    if k == "nth":
        n = r.randint(1, 28)
        if n == t.day:
            return None
        if n > t.day:
            d = t.replace(day=n)
        else:
            d = (t.replace(day=1) + dt.timedelta(32)).replace(day=n)
        text = "the " + ordinal(n)
        if mode == "free" and r.random() < 0.4:
            text = "on " + text
        return dict(text=text, dates=[d], tags=["time_nth"], k=k)
    if k == "mdate":
        d = t + dt.timedelta(r.randint(1, 330))
        if d.month == 2 and d.day == 29:
            return None
        f = r.randint(0, 5)
        if f == 0:
            text = "%s %d" % (MON_ABBR[d.month - 1], d.day)
        elif f == 1:
            text = "%s %s" % (MONTHS[d.month - 1], ordinal(d.day))
        elif f == 2:
            text = "%d/%d" % (d.month, d.day)
        elif f == 3:
            text = "%s %d" % (MONTHS[d.month - 1], d.day)
        elif f == 4:
            text = "%s. %d" % (MON_ABBR[d.month - 1], d.day) if d.month != 5 else "May %d" % d.day
        else:
            text = "the %s of %s" % (ordinal(d.day), MONTHS[d.month - 1])
        if mode == "free" and r.random() < 0.4:
            text = "on " + text
        return dict(text=text, dates=[d], tags=["time_date"], k=k)
    if k == "holiday":
        names, fn = r.choice(HOLIDAYS)
        d = next_holiday(c, fn)
        if d == t:
            return None
        text = r.choice(names)
        if mode == "free" and r.random() < 0.3:
            text = "on " + text
        return dict(text=text, dates=[d], tags=["time_holiday"], k=k)
    # ---- date-only kinds (no time of day attached)
    if k == "in_days":
        f = r.randint(0, 5)
        if f <= 1:
            n = r.randint(2, 10)
            text = "in %s days" % (str(n) if f == 0 or n > 9 else NUMW[n])
        elif f == 2:
            n = 7; text = "in a week"
        elif f == 3:
            n = 14; text = r.choice(["in two weeks", "in 2 weeks", "two weeks from today"])
        elif f == 4:
            n = 14; text = r.choice(["in a couple of weeks", "in a couple weeks"])
        else:
            n = 21; text = "in three weeks"
        return dict(text=text, dates=[t + dt.timedelta(n)], tags=["time_in_days"], k=k)
    if k == "next_week":
        mon = t - dt.timedelta(t.weekday()) + dt.timedelta(7)
        return dict(text=r.choice(["next week", "sometime next week", "next wk"]), dates=[mon],
                    tags=["time_next_week"], k=k)
    if k == "week_after":
        names, fn = r.choice([h for h in HOLIDAYS if h[0][0] in ("Thanksgiving", "Christmas Eve", "Labor Day", "Memorial Day", "July 4th")])
        hd = next_holiday(c, fn)
        nm = {"Christmas Eve": "Christmas"}.get(names[0], names[0])
        if nm == "Christmas":
            hd = hd + dt.timedelta(1)
        mon = hd - dt.timedelta(hd.weekday()) + dt.timedelta(7)
        return dict(text="the week after " + nm, dates=[mon], tags=["time_holiday", "time_week_after"], k=k)
    if k == "eow":
        if t.weekday() > 4:
            return None
        return dict(text=r.choice(["end of week", "EOW", "end of the week", "eow"]),
                    dates=[t + dt.timedelta(4 - t.weekday())], tags=["time_eow"], k=k)
    if k == "eonw":
        return dict(text="end of next week", dates=[t + dt.timedelta(4 - t.weekday() + 7)], tags=["time_eow"], k=k)
    if k == "eom":
        last = (t.replace(day=1) + dt.timedelta(32)).replace(day=1) - dt.timedelta(1)
        return dict(text=r.choice(["end of month", "EOM", "month end", "the end of the month", "end of the month"]),
                    dates=[last], tags=["time_eom"], k=k)
    if k == "next_month":
        first = (t.replace(day=1) + dt.timedelta(32)).replace(day=1)
        return dict(text=r.choice(["next month", "sometime next month"]) if False else "next month",
                    dates=[first], tags=["time_next_month"], k=k)
    raise ValueError(k)


TIMED_DAYS = ["today", "tomorrow", "tomorrow", "wd", "wd", "wd", "this_wd", "next_wd", "next_wd", "nth", "mdate", "mdate"]
DATE_ONLY = ["in_days", "next_week", "eow", "eonw", "eom", "next_month", "week_after"]


# ---------------------------------------------------------------- clock expressions
def clock_expr(r, style=None):
    """Returns (text, h, m, tags)."""
    style = style or r.choice(["bare", "bare", "ampm", "ampm", "ampm", "colon", "mil", "space", "words", "words", "noon", "compact"])
    if style == "bare":
        h = r.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6])
        return str(h), biz(h), 0, ["time_clock_bare"]
    if style == "ampm":
        h = r.randint(6, 19)
        m = r.choice([0, 0, 0, 15, 30, 30, 45])
        h12 = h % 12 or 12
        ap = "am" if h < 12 else "pm"
        f = r.randint(0, 4)
        if f == 1:
            ap = " " + ap
        elif f == 2:
            ap = " a.m." if h < 12 else " p.m."
        elif f == 3:
            ap = ap.upper()
        txt = ("%d%s" % (h12, ap)) if m == 0 and r.random() < 0.7 else ("%d:%02d%s" % (h12, m, ap))
        return txt, h, m, ["time_clock_ampm"]
    if style == "colon":
        h = r.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6])
        m = r.choice([15, 30, 45, 30])
        return "%d:%02d" % (h, m), biz(h), m, ["time_clock_bare"]
    if style == "mil":
        h = r.randint(7, 18)
        m = r.choice([0, 15, 30, 45])
        return "%02d%02d" % (h, m), h, m, ["time_clock_24h"]
    if style == "compact":
        h = r.choice([7, 8, 9])
        m = r.choice([15, 30, 45])
        return "%d%02d" % (h, m), h, m, ["time_clock_24h"]
    if style == "space":
        h = r.choice([8, 9, 10, 11, 1, 2, 3, 4, 5])
        m = r.choice([15, 30, 45])
        return "%d %02d" % (h, m), biz(h), m, ["time_clock_bare"]
    if style == "words":
        f = r.randint(0, 5)
        h = r.choice([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6])
        if f == 0:
            return "half past " + NUMW[h], biz(h), 30, ["time_clock_words"]
        if f == 1:
            return "quarter past " + NUMW[h], biz(h), 15, ["time_clock_words"]
        if f == 2:
            hh = h  # quarter to hh -> (hh-1):45, business rule on the resulting hour
            if hh == 7:
                return None
            prev = hh - 1 if hh != 1 else 12
            return "quarter to " + NUMW[hh], biz(prev), 45, ["time_clock_words"]
        if f == 3:
            return NUMW[h] + " thirty", biz(h), 30, ["time_clock_words"]
        if f == 4:
            return NUMW[h] + " o'clock", biz(h), 0, ["time_clock_words"]
        return NUMW[h], biz(h), 0, ["time_clock_words"]
    if style == "noon":
        return r.choice(["noon", "12 noon", "noon"]), 12, 0, ["time_noon"]
    raise ValueError(style)


def clock_only_val(c, h, m):
    cand = c.at(c.today, h, m)
    if cand <= c.now:
        cand = c.at(c.today + dt.timedelta(1), h, m)
    return cand


PARTS = {"morning": 9, "first thing": 9, "afternoon": 14, "EOD": 17, "eod": 17, "end of day": 17, "COB": 17,
         "cob": 17, "evening": 19, "night": 19}


def part_combo(r, c, day):
    """day (dict) + part of day -> (text, hour)."""
    p = r.choice(["morning", "morning", "first thing", "afternoon", "afternoon", "EOD", "eod", "end of day", "COB", "evening", "night"])
    h = PARTS[p]
    dtext = day["text"]
    if dtext.startswith("on "):
        dtext = dtext[3:]
    if p == "first thing":
        return "first thing " + dtext, h
    if p in ("EOD", "eod", "COB", "cob", "end of day"):
        return r.choice(["%s %s" % (dtext, p), "%s %s" % (p, dtext)]), h
    return "%s %s" % (dtext, p), h


def today_part(r, c):
    hr = c.now.hour
    opts = []
    if hr < 8:
        opts.append(("this morning", 9))
    if hr < 13:
        opts.append(("this afternoon", 14))
    if hr < 16:
        opts += [("EOD today", 17), ("end of day today", 17)]
    if hr < 18:
        opts += [("tonight", 19), ("this evening", 19)]
    if not opts:
        return None
    return r.choice(opts)


# ---------------------------------------------------------------- WHEN expressions
def when_expr(r, c, mode="free", allow_range=False, allow_rel=True, date_only_ok=True):
    cats = ["dayclock"] * 30 + ["daypart"] * 13 + ["clock"] * 8 + ["day"] * 20 + ["zone"] * 5
    if date_only_ok:
        cats += ["dateonly"] * 8 + ["holiday"] * 3
    if allow_rel and mode == "free":
        cats += ["rel"] * 6
    if allow_range:
        cats += ["range"] * 40
    if not c.tz.startswith(("America/", "Pacific/Honolulu")):
        cats = [x for x in cats if x != "zone"]
    cat = r.choice(cats)
    Z = c.Z
    if cat in ("dayclock", "zone", "range"):
        day = day_expr(r, c, TIMED_DAYS, mode)
        if day is None:
            return None
        if cat == "zone":
            ce = clock_expr(r, "ampm")
            if not 8 <= ce[1] <= 18:
                return None
            zname = r.choice(["ET", "ET", "Eastern", "CT", "Central", "MT", "PT", "Pacific"])
            ztext, h, m, tg = ce
            vals = [dt.datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(ZONES[zname])).astimezone(Z) for d in day["dates"]]
            ctext = "%s %s" % (ztext, zname)
            text = r.choice(["%s at %s", "%s, %s"]) % (day["text"], ctext) if r.random() < 0.7 else "%s %s" % (ctext, day["text"].replace("on ", ""))
            if day["k"] == "today" and vals[0] <= c.now:
                return None
            if any(v.date() != d for v, d in zip(vals, day["dates"])):
                return None
            return dict(text=text, vals=vals, tags=day["tags"] + tg + ["time_zone"])
        if cat == "range":
            f = r.randint(0, 3)
            if f == 0:
                h = r.randint(7, 16); m = r.choice([0, 30]); dur = r.choice([60, 90, 120])
                e = dt.datetime(2000, 1, 1, h, m) + dt.timedelta(minutes=dur)
                rt = "%02d%02d-%02d%02d" % (h, m, e.hour, e.minute)
            elif f == 1:
                hs = r.choice([1, 2, 3, 4, 5]); dur = r.choice([60, 120])
                he = hs + dur // 60
                rt = "%d-%dpm" % (hs, he); h = hs + 12; m = 0
            elif f == 2:
                hs = r.choice([8, 9, 10, 1, 2, 3]); dur = r.choice([60, 90])
                h = biz(hs); m = 0
                e = dt.datetime(2000, 1, 1, h, 0) + dt.timedelta(minutes=dur)
                eh = e.hour % 12 or 12
                rt = "from %d to %s" % (hs, ("%d:%02d" % (eh, e.minute)) if e.minute else str(eh))
            else:
                h = r.choice([9, 10, 13, 14, 15]); m = 0; dur = r.choice([30, 60])
                e = dt.datetime(2000, 1, 1, h, 0) + dt.timedelta(minutes=dur)
                ap = lambda x: ("%d" % (x.hour % 12 or 12)) + ((":%02d" % x.minute) if x.minute else "") + ("am" if x.hour < 12 else "pm")
                rt = "%s-%s" % (ap(dt.datetime(2000, 1, 1, h, 0)), ap(e))
            vals = [c.at(d, h, m) for d in day["dates"]]
            if day["k"] == "today" and vals[0] <= c.now:
                return None
            text = "%s %s" % (day["text"], rt)
            return dict(text=text, vals=vals, tags=day["tags"] + ["time_range"], dur=dur)
        ce = clock_expr(r)
        if ce is None:
            return None
        ctext, h, m, tg = ce
        if day["k"] == "today" and c.at(c.today, h, m) <= c.now:
            return None
        f = r.random()
        dtext = day["text"]
        if f < 0.55:
            text = "%s at %s" % (dtext, ctext)
        elif f < 0.8:
            text = "%s %s" % (dtext, ctext)
        else:
            text = "%s %s" % (("at " if mode == "free" else "") + ctext, dtext[3:] if dtext.startswith("on ") else dtext)
        vals = [c.at(d, h, m) for d in day["dates"]]
        return dict(text=text, vals=vals, tags=day["tags"] + tg)
    if cat == "daypart":
        if r.random() < 0.25:
            tp = today_part(r, c)
            if tp is None:
                return None
            return dict(text=tp[0], vals=[c.at(c.today, tp[1], 0)], tags=["time_today", "time_part"])
        day = day_expr(r, c, ["tomorrow", "tomorrow", "wd", "wd", "next_wd", "this_wd"], mode)
        text, h = part_combo(r, c, day)
        return dict(text=text, vals=[c.at(d, h, 0) for d in day["dates"]], tags=day["tags"] + ["time_part"])
    if cat == "clock":
        ce = clock_expr(r)
        if ce is None:
            return None
        ctext, h, m, tg = ce
        v = clock_only_val(c, h, m)
        text = ("at " + ctext) if mode == "free" else ctext
        return dict(text=text, vals=[v], tags=tg + ["time_clock_only"])
    if cat == "day":
        day = day_expr(r, c, ["today", "tomorrow", "wd", "wd", "wd", "this_wd", "next_wd", "next_wd", "nth", "mdate", "mdate"], mode)
        if day is None:
            return None
        return dict(text=day["text"], vals=day["dates"], tags=day["tags"])
    if cat == "holiday":
        day = day_expr(r, c, ["holiday"], mode)
        if day is None:
            return None
        return dict(text=day["text"], vals=day["dates"], tags=day["tags"])
    if cat == "dateonly":
        kinds = ["in_days", "in_days", "next_week", "next_week", "next_month", "week_after", "eow", "in_days"]
        if mode == "to":
            kinds = [k for k in kinds if k != "in_days"]
        day = day_expr(r, c, kinds, mode)
        if day is None:
            return None
        return dict(text=day["text"], vals=day["dates"], tags=day["tags"])
    if cat == "rel":
        f = r.randint(0, 5)
        if f == 0:
            n = r.choice([2, 3, 4]); txt = "in %d hours" % n; delta = dt.timedelta(hours=n)
        elif f == 1:
            n = r.choice([15, 20, 30, 45]); txt = r.choice(["in %d min", "in %d minutes", "in %d mins"]) % n; delta = dt.timedelta(minutes=n)
        elif f == 2:
            txt = "in an hour"; delta = dt.timedelta(hours=1)
        elif f == 3:
            txt = r.choice(["in half an hour", "in a half hour"]); delta = dt.timedelta(minutes=30)
        elif f == 4:
            txt = "in 90 minutes"; delta = dt.timedelta(minutes=90)
        else:
            n = r.choice([2, 3]); txt = "in %s hours" % NUMW[n]; delta = dt.timedelta(hours=n)
        v = (c.now.astimezone(dt.timezone.utc) + delta).astimezone(Z)
        return dict(text=txt, vals=[v], tags=["time_rel"])
    raise ValueError(cat)


# ---------------------------------------------------------------- DUE expressions (include the cue word)
def due_expr(r, c, style=None, events=None):
    s = style or r.choice(["by"] * 10 + ["before"] * 3 + ["nlt"] * 2 + ["due"] * 2 + ["latest"] * 2 + ["eod"] * 3
                          + ["eow"] * 2 + ["eom"] * 2 + ["beforeevent"] * 2 + ["beforemy"])
    hr = c.now.hour
    if s == "eod":
        if hr >= 16:
            return None
        text = r.choice(["EOD", "eod", "by EOD", "by end of day", "by COB", "by cob today", "by end of day today", "EOD today"])
        return dict(text=text, vals=[c.at(c.today, 17, 0)], tags=["due_eod", "time_today"])
    if s == "eow":
        day = day_expr(r, c, ["eow", "eow", "eonw"])
        if day is None:
            return None
        return dict(text="by " + day["text"], vals=day["dates"], tags=day["tags"])
    if s == "eom":
        day = day_expr(r, c, ["eom"])
        return dict(text=r.choice(["by ", "by ", "before "]) + day["text"], vals=day["dates"], tags=day["tags"])
    if s == "beforeevent":
        ev = r.choice(events or ["the board call", "the finance committee", "my 1:1 with the CEO", "the quality council", "the MEC", "huddle"])
        w = when_expr(r, c, mode="free", allow_rel=False, date_only_ok=False)
        if w is None or not any(isinstance(v, dt.datetime) for v in w["vals"]):
            return None
        return dict(text="before %s %s" % (ev, w["text"]), vals=w["vals"], tags=w["tags"] + ["due_before_event"])
    if s == "beforemy":
        ce = clock_expr(r, r.choice(["ampm", "ampm", "bare"]))
        ctext, h, m, tg = ce
        if ctext.startswith("12") or ":" in ctext or "." in ctext or " " in ctext:
            return None
        v = clock_only_val(c, h, m)
        return dict(text="before my " + ctext, vals=[v], tags=tg + ["due_before_event"])
    # by / before / nlt / due / latest with a day and/or time
    f = r.random()
    if s in ("due", "latest"):
        day = day_expr(r, c, ["tomorrow", "wd", "wd", "this_wd", "nth", "mdate"], mode="to")
        if day is None:
            return None
        if s == "due":
            return dict(text="due " + day["text"], vals=day["dates"], tags=day["tags"])
        return dict(text=day["text"] + " latest", vals=day["dates"], tags=day["tags"])
    cue = {"by": "by", "before": "before", "nlt": "no later than"}[s]
    if f < 0.4:
        day = day_expr(r, c, ["tomorrow", "tomorrow", "wd", "wd", "this_wd", "next_wd", "nth", "mdate", "holiday"], mode="to")
        if day is None:
            return None
        return dict(text=cue + " " + day["text"], vals=day["dates"], tags=day["tags"])
    if f < 0.7:
        w = when_expr(r, c, mode="to", allow_rel=False, date_only_ok=False)
        if w is None or w["text"].startswith(("tonight", "this evening")):
            return None
        return dict(text=cue + " " + w["text"], vals=w["vals"], tags=w["tags"])
    if f < 0.85:
        day = day_expr(r, c, ["tomorrow", "tomorrow", "wd", "wd", "next_wd"], mode="to")
        text, h = part_combo(r, c, day)
        return dict(text=cue + " " + text, vals=[c.at(d, h, 0) for d in day["dates"]], tags=day["tags"] + ["time_part"])
    ce = clock_expr(r)
    if ce is None:
        return None
    ctext, h, m, tg = ce
    v = clock_only_val(c, h, m)
    return dict(text=cue + " " + ctext, vals=[v], tags=tg + ["time_clock_only"])


def naked_due(r, c):
    """A day phrase without cue, for implicit cut-offs ('early bird closes friday')."""
    day = day_expr(r, c, ["wd", "wd", "this_wd", "nth", "mdate", "mdate", "tomorrow"], mode="free")
    if day is None:
        return None
    return dict(text=day["text"], vals=day["dates"], tags=day["tags"] + ["due_implicit"])


# ---------------------------------------------------------------- corrections
def correction_expr(r, c, mode="to"):
    f = r.randint(0, 2)
    if f == 0:  # "tuesday -- sorry, wednesday at 2"
        d1 = day_expr(r, c, ["wd"], mode="to")
        d2 = day_expr(r, c, ["wd"], mode="to")
        if d1 is None or d2 is None or d1["dates"] == d2["dates"]:
            return None
        if r.random() < 0.5:
            ctext, h, m, tg = clock_expr(r, r.choice(["bare", "ampm"]))
            tail = " at " + ctext
            vals = [c.at(d, h, m) for d in d2["dates"]]
        else:
            tail = ""; vals = d2["dates"]
        sep = r.choice([" -- sorry, ", ", no wait, ", "... actually ", " -- I mean "])
        return dict(text=d1["text"] + sep + d2["text"] + tail, vals=vals, tags=d2["tags"] + ["correction"])
    if f == 1:  # "tomorrow at 8... make that 9"
        day = day_expr(r, c, ["tomorrow", "wd", "wd", "this_wd"], mode="to")
        h1 = r.choice([8, 9, 10, 11, 1, 2, 3, 4])
        h2 = r.choice([x for x in [8, 9, 10, 11, 1, 2, 3, 4] if x != h1])
        sep = r.choice(["... make that ", " -- actually make that ", ", no, make it "])
        return dict(text="%s at %d%s%d" % (day["text"], h1, sep, h2), vals=[c.at(d, biz(h2), 0) for d in day["dates"]],
                    tags=day["tags"] + ["correction", "time_clock_bare"])
    # slack strikethrough
    d1 = day_expr(r, c, ["wd"], mode="to")
    d2 = day_expr(r, c, ["wd"], mode="to")
    if d1["dates"] == d2["dates"]:
        return None
    return dict(text="~%s~ %s" % (d1["text"], d2["text"]), vals=d2["dates"], tags=d2["tags"] + ["correction", "strikethrough", "slack"])

# ---------------------------------------------------------------- slot pools (hand-written)
PEOPLE = [
    "Dr. Okafor", "Dr. Nkechi Eze", "Priya Raman", "Sister Mary Catherine", "Father Tomasz", "Rev. Adeyemi",
    "Wei Chen", "Dr. Nguyen", "Fatima Al-Sayed", "José Martínez", "Aiko Tanaka", "Siobhan O'Neill",
    "Dr. Kowalski", "Bev", "Marisol Reyes", "Hamid Karimi", "Dr. Rachel Goldberg", "Kwame Mensah", "Dr. Patel",
    "Ingrid Johansson", "Dmitri Volkov", "Lakshmi Iyer", "Dr. Haddad", "Kalani Akana", "Tevita Fifita",
    "Dr. Sung-min Park", "Mateo Álvarez", "Chiara Rossi", "Dr. Obi", "Yusuf Demir", "Sister Agnes",
    "Father Mike", "Rev. Lena Brooks", "Dr. Zhang", "Anneliese Bauer", "Olumide", "Gráinne", "Björn Lindqvist",
    "Tomás", "Dr. Abara", "Keisha Washington", "Dr. Mehta", "Hoang Minh", "Svetlana", "Dr. Rosenblum",
    "Pilar", "Noa Levi", "Amara Diallo", "Dr. Castellanos", "Jamal Henderson", "Carmen Ortiz", "Dr. DeShawn Carter",
    "Leilani", "Greg", "Mrs. Whitfield", "Mr. Baptiste", "Prof. Ito", "Deb", "Sean", "Raj",
    "Dr. Abdi", "Nadia", "Kenji", "Beatriz", "Ifeoma", "Ahmed", "Dr. Vu", "Erin McAllister",
]
ROLES = [
    ("the CNO", "CNO"), ("our GC", "GC"), ("the CMIO", "CMIO"), ("the CFO", "CFO"), ("the COO", "COO"),
    ("the CEO", "CEO"), ("the CIO", "CIO"), ("the CMO", "CMO"), ("the CISO", "CISO"), ("our CHRO", "CHRO"),
    ("the chief compliance officer", "chief compliance officer"), ("the board chair", "board chair"),
    ("the VP of Nursing", "VP of Nursing"), ("the ED medical director", "ED medical director"),
    ("our general counsel", "general counsel"), ("the foundation president", "foundation president"),
    ("the CQO", "CQO"), ("the CNO", "CNO"), ("the CFO", "CFO"), ("our GC", "GC"), ("the CMIO", "CMIO"),
    ("the chief of staff", "chief of staff"), ("the privacy officer", "privacy officer"),
]
GROUPS = [
    ("unit managers", "unit managers"), ("the department chairs", "department chairs"),
    ("the nurse managers", "nurse managers"), ("the service line VPs", "service line VPs"),
    ("the trustees", "trustees"), ("the charge nurses", "charge nurses"), ("the medical directors", "medical directors"),
    ("all the directors", "directors"),
]
MTG = [
    "finance committee", "board finance committee", "quality council", "P&T committee", "MEC",
    "nursing leadership huddle", "IT steering committee", "capital projects review", "payer contracts review",
    "compliance committee", "construction update", "tower construction walkthrough", "budget review",
    "Epic go-live check-in", "credentialing committee", "patient safety huddle", "ops huddle",
    "medical staff executive committee", "Joint Commission readiness meeting", "340B program review",
    "value analysis committee", "revenue cycle deep dive", "cybersecurity tabletop", "strategic planning session",
    "audit committee", "ethics committee", "service line review", "bed management huddle", "Magnet steering group",
    "urgent care expansion update", "priority projects review", "managed care strategy meeting",
    "physician partnership meeting", "foundation board prep", "safety walk rounds", "capital committee",
]
TRAP_WORDS = ("urgent care", "priority projects")
TOPIC = [
    "parking garage", "nurse staffing ratios", "340B audit", "Epic upgrade downtime", "Anthem contract renewal",
    "visitor policy", "capital budget", "CMS survey findings", "flu vaccine mandate", "tower construction delays",
    "ransomware drill", "ED boarding", "travel nurse contracts", "Medicare Advantage denials", "cath lab expansion",
    "physician recruitment package", "charity care policy", "price transparency file", "HCAHPS scores",
    "union negotiations", "retention bonus", "urgent care expansion", "sterile processing backlog",
    "FY27 operating budget", "Humana rate increase", "helipad permit", "MRI replacement", "malpractice premiums",
    "sepsis mortality numbers", "interpreter services contract", "behavioral health unit", "Leapfrog grade",
]
DOC = [
    "agenda for the quality council", "board deck", "talking points for the town hall",
    "memo on nurse staffing ratios", "briefing for the state survey", "monthly operating report",
    "Q3 variance report", "summary of the Press Ganey results", "one-pager on the cath lab expansion",
    "capital request for the MRI replacement", "slides for the finance committee", "CMS star ratings summary",
    "strategic plan draft", "sepsis compliance report", "talking points for the Humana negotiation",
    "CEO report to the board", "dashboard for the compliance committee", "briefing on the cyber incident",
    "remarks for the Daisy Award ceremony", "budget narrative", "press statement on the ED diversion",
    "payer mix analysis", "quality scorecard", "agenda for the MEC", "board resolution on the bond refinancing",
    "executive summary of the IT security assessment", "staffing plan for the new ICU", "annual compliance report",
]
ORGDOC = [
    "peer review letters", "physician employment contracts", "credentialing files", "Joint Commission survey binder",
    "vendor contracts", "policy manual updates", "board minutes", "conflict of interest disclosures",
    "signed lease for the Elm Street clinic", "medical staff bylaws", "audit workpapers", "BAA with Optum",
    "malpractice certificates", "signed Anthem amendment", "capital request forms", "offer letters",
    "CON application", "construction change orders", "Stark attestation forms", "OR block schedule policy",
    "signed Aetna term sheet", "IRB approvals", "board consent forms",
]
FWD = [
    "revised visitor policy", "board packet", "Q3 dashboard", "staffing memo", "updated org chart", "survey results",
    "minutes from the quality council", "construction schedule", "Leapfrog letter", "holiday coverage plan",
    "Epic downtime notice", "capital plan", "press release draft", "safety huddle notes", "payer scorecard",
]
FOLDER = ["Joint Commission", "Board", "Payer Contracts", "Construction", "Compliance", "Recruiting", "Epic"]
CITY = ["Nashville", "Chicago", "Washington DC", "DC", "Boston", "San Diego", "Orlando", "Denver", "Phoenix",
        "Minneapolis", "Atlanta", "Dallas", "Seattle", "Toronto", "London", "Salt Lake", "New Orleans", "Baltimore"]
CONF = ["HFMA annual conference", "AHA Leadership Summit", "ACHE Congress", "HIMSS", "Vizient Connections Summit",
        "AONL conference", "Catholic Health Assembly", "HLTH", "AAMC annual meeting", "IHI Forum"]
RA = [  # reminder action (text, subject)
    ("sign the peer review letters", "peer review letters"), ("submit my expense report", "expense report"),
    ("review the board deck", "board deck"), ("approve the PTO requests", "PTO requests"),
    ("renew my parking permit", "parking permit"), ("get my flu shot", "flu shot"),
    ("sign off on the capital requests", "capital requests"), ("finish my CME modules", "CME modules"),
    ("read the Press Ganey report", "Press Ganey report"), ("approve the overtime report", "overtime report"),
    ("look at the 340B numbers", "340B numbers"), ("send the thank-you notes", "thank-you notes"),
    ("check the bed census", "bed census"), ("prep for the town hall", "town hall"),
    ("sign the payroll approvals", "payroll approvals"), ("return the Humana contract redlines", "Humana contract redlines"),
]
ROOM = ["boardroom", "4th floor conference room", "B-wing conference room", "Founders Room", "C-suite huddle room",
        "chapel conference room", "Sister Agnes Room", "education center auditorium", "2 West family lounge",
        "Pavilion conference room"]
LIC = ["DEA license", "medical license", "ACLS certification", "notary commission", "BLS card", "state CDS registration"]
VEN = ["Otis", "Sodexo", "Epic", "Philips", "Stryker", "Aramark", "Siemens Healthineers", "Cintas", "the elevator vendor",
       "the property management company", "the parking vendor", "Epic support"]
ORDER = ["flowers for the Ramirez family", "gift cards for the night shift", "business cards", "new name badges",
         "a second monitor", "lunch for the survey team", "a cake for Nurses Week", "replacement headset",
         "thank-you baskets for the ED staff", "coffee service for the board room"]
EVENT = ["town hall", "board retreat", "Nurses Week kickoff", "foundation gala", "medical staff dinner",
         "new resident orientation", "leadership forum", "ribbon cutting"]
CTX = [  # context clauses with times that are NOT labelled (no priority words, no people)
    "I'm in the OR until 2", "I was out yesterday", "my flight lands at 6", "I've got back-to-backs until noon",
    "I'm off Friday", "the surveyors showed up this morning", "the board dinner ran late last night",
    "I'm stuck in the Epic cutover meeting till 4", "I was at the AHA thing all last week",
    "the huddle at 7 ran long", "I'm rounding on 4 West until 11", "we just got out of the 8am",
    "I'm at the regional campus tomorrow", "payroll closed on Monday", "my 1:1 at 3 got moved",
    "I've been in budget meetings since 7", "the state called yesterday afternoon",
]
CTX_LONG = [  # long context preambles (no times that could be mistaken as asks, no priority words)
    "Long day here, the census is through the roof and the ED has been boarding since last night.",
    "So the survey team finally left and everyone is exhausted, but we made it through.",
    "Quick one between meetings. The construction crew hit a water line again this morning and facilities is on it.",
    "Ok, I just got out of the finance committee and there's a lot to follow up on.",
    "Back from rounds. The new ICU is looking good, nurses seem happy with the layout.",
    "Catching up after the board retreat, my inbox is a disaster and I'm running on coffee.",
    "Sorry for the radio silence, I've been in the Epic war room most of yesterday.",
    "Following up on this morning's huddle. A few loose ends I need help with.",
]
CTXDAY = ["yesterday", "last week", "on Monday", "over the weekend", "all day Thursday", "for two days"]
CDAY = ["tomorrow's", "tmrw's", "Thursday's", "next week's", "Monday's", "Friday's", "this afternoon's"]
CDATE = ["the 5th", "the 1st", "Monday", "the 15th", "March 3", "the 2nd", "the 20th"]
OLDS = ["thursday", "tuesday at 2", "tomorrow at 10", "friday morning", "the 12th", "monday", "wednesday at 3"]
CHANNELS = ["<#C04QXZL1M|exec-team>", "<#C02BBR8TT|board-prep>", "<#C07NURSE01|nursing-leaders>",
            "<#C05QUAL77|quality>", "<#C03ITSTEER|it-steering>", "<#C09FIN|finance>"]
DURS = [(15, "15 min"), (20, "20 minutes"), (30, "30 min"), (30, "half an hour"), (30, "a half hour"),
        (45, "45 mins"), (45, "45 minutes"), (60, "an hour"), (60, "1 hr"), (60, "one hour"), (90, "1.5 hrs"),
        (90, "an hour and a half"), (90, "90 minutes"), (120, "two hours"), (120, "2 hrs"), (30, "30 mins")]
DURA = [(15, "15-minute"), (20, "20-min"), (30, "30-minute"), (30, "half-hour"), (45, "45-minute"),
        (60, "hour-long"), (60, "one-hour"), (60, "60-minute"), (90, "90-minute"), (120, "two-hour"), (30, "30 min")]

# priority phrases (class, text, position)
PRI = {
    "urgent": [("URGENT: ", "pre"), ("asap - ", "pre"), ("🚨 urgent: ", "pre"), ("Urgent - ", "pre"),
               (" asap", "post"), (" ASAP", "post"), (", it's urgent", "post"), (" -- stat", "post"),
               (" right away", "post"), (" immediately please", "post"), (" (urgent)", "post"), (", asap pls", "post")],
    "high": [("Important: ", "pre"), ("High priority - ", "pre"), ("Priority: ", "pre"), (", this is important", "post"),
             (" -- high priority", "post"), (". It's a priority", "post"), (" (important)", "post")],
    "low": [(", no rush", "post"), (". No hurry", "post"), (" whenever", "post"), (" when you get a chance", "post"),
            (" (not urgent)", "post"), (" -- low priority", "post"), ("No rush, but ", "pre"),
            ("Low priority: ", "pre"), (", not urgent", "post"), (" whenever you get a sec", "post")],
}

# ---------------------------------------------------------------- templates
# (intent, text, subject format or None, tags, opts)
# Slots: {MTG} {T} {DOC} {ORG} {FWD} {CITY} {CONF} {ROOM} {LIC} {VEN} {ORDER} {EVENT} {FOLDER} {RA}/{RAS}
# people counted: {P} {P2} {P3} {PL} {M} {G};  background (not counted): {BP}
# when: {W} free, {WT} after "to", {WR} free+range, {WTR} "to"+range, {WX} correction;  due: {D} {DN} {DBE}
# unlabelled: {C} context clause, {CD} "tmrw's", {CDATE}, {OLD}, {CTXDAY}, {XW} decoy when
# {DUR} "30 min", {DURA} "30-minute", {CH} channel
S, R, X = "calendar.schedule", "calendar.reschedule", "calendar.cancel"
ED, ES, ET = "email.draft_reply", "email.send", "email.triage"
DP, DO, TB = "document.prepare", "document.organize", "travel.book"
RM, TG, TS, NO = "reminder.set", "task.general", "ticket.status", "none"

TEMPLATES = [
    # ---------------- calendar.schedule
    (S, "set up a {DURA} call with {P} {W} about {T}", "{T}", "imperative", {}),
    (S, "Can you schedule the {MTG} {WR}?", "{MTG}", "polite", {}),
    (S, "Please put {DUR} on my calendar with {P} and {P2} {W} to go over the {T}.", "{T}", "polite", {}),
    (S, "could someone find time for {PL} to go over the {T} {W}?", "{T}", "indirect", {}),
    (S, "book a meeting w/ {P} re {T} {W}", "{T}", "terse", {}),
    (S, "I need to sit down with {P} about the {T} {W}", "{T}", "indirect", {}),
    (S, "ok so can you get me on {P}'s calendar {W} um for like {DUR} to talk through the {T} and uh loop in {P2} too thanks", "{T}", "runon", {}),
    (S, "sched {MTG} {W}, {DUR}", "{MTG}", "terse", {}),
    (S, "{M} can you set up a *{MTG}* {WR}? {CH} folks should be on it", "{MTG}", "slack", {}),
    (S, "{C}, so could you set up a {DURA} hold {W} for {T} prep?", "{T} prep", "context ctx_time", {}),
    (S, "Please arrange a meeting with {P}, {P2} and {P3} {W} regarding the {T}.", "{T}", "formal", {}),
    (S, "add a {MTG} to my calendar {WR}", "{MTG}", "imperative", {}),
    (S, "need a call w {P} {W} re {T}", "{T}", "terse", {}),
    (S, "set up the {MTG} {WR} and then send the deck to {BP}", "{MTG}", "multi_ask", {}),
    (S, "Schedule a {DURA} {MTG} with {P} for {WX}", "{MTG}", "correction", {}),
    (S, "pls set up lunch with {P} {WR}", "lunch", "terse", {}),
    (S, "Would you mind setting up a {DURA} check-in with {G} {W} on the {T}?", "{T}", "polite", {}),
    (S, "block {DUR} {W} for me to work on the {T}", "{T}", "imperative", {}),
    (S, "Can we get the {MTG} on the books {W}? {DUR} should do it.", "{MTG}", "polite", {}),
    (S, "{P} wants to meet about the {T} -- can you find {DUR} {W}?", "{T}", "indirect", {}),
    (S, "get a {DURA} {MTG} on the calendar {W}; the invite has to go out {D}", "{MTG}", "when_and_due", {}),
    # ---------------- calendar.reschedule
    (R, "pls move the {MTG} to {WT}", "{MTG}", "imperative", {}),
    (R, "Can you push my 1:1 with {P} to {WT}?", "1:1", "polite", {}),
    (R, "bump {MTG} to {WTR}", "{MTG}", "terse", {}),
    (R, "could someone shift the {MTG} from {OLD} to {WT}?", "{MTG}", "indirect", {}),
    (R, "don't cancel the {MTG}, just push it to {WT}", "{MTG}", "negation", {}),
    (R, "I can't make the {MTG} {OLD} -- can it be {W}?", "{MTG}", "indirect", {}),
    (R, "move the {MTG} to {WX}", "{MTG}", "correction", {}),
    (R, "{M} pls move *{MTG}* to {WX}", "{MTG}", "slack correction", {"wx": "strike"}),
    (R, "{C}, so can we slide the {MTG} with {P} to {WT}?", "{MTG}", "context ctx_time", {}),
    (R, "reschedule the {MTG} to {WT} and make it {DUR}", "{MTG}", "imperative", {}),
    (R, "need to push {P}'s {MTG} to {WT}, something came up", "{MTG}", "indirect", {}),
    (R, "hey can u move my {MTG} w {P} to {WT} thx", "{MTG}", "terse", {}),
    (R, "Would you mind moving the {MTG} to {WT}? {BP} asked for a later slot.", "{MTG}", "polite", {}),
    (R, "push the {MTG} to {WT} and tell {BP} the deck is coming", "{MTG}", "multi_ask", {}),
    (R, "can we move the {MTG} to {WTR}", "{MTG}", "range", {}),
    (R, "The {MTG} needs to move -- {WT} works better for {P} and me.", "{MTG}", "indirect", {}),
    (R, "Please reschedule my meeting with {P} about the {T} to {WT}.", "{T}", "formal", {}),
    (R, "so the {MTG} is at a bad time again, uh can you bump it to {WT} or whatever works, yeah", "{MTG}", "runon", {}),
    # ---------------- calendar.cancel
    (X, "cancel the {MTG} {W}", "{MTG}", "imperative", {"wmode": "day"}),
    (X, "please call off the {MTG} {W}", "{MTG}", "polite", {"wmode": "day"}),
    (X, "clear the {MTG} off my calendar {W}", "{MTG}", "imperative", {"wmode": "day"}),
    (X, "decline the {MTG} invite from {P}", "{MTG} invite", "imperative", {}),
    (X, "I can't make the {MTG} {W}", "{MTG}", "indirect", {"wmode": "day"}),
    (X, "can someone cancel my 1:1 with {P} {W}?", "1:1", "indirect", {"wmode": "day"}),
    (X, "cxl {MTG} {W} pls", "{MTG}", "terse", {"wmode": "day"}),
    (X, "{C} -- please cancel the {MTG} {W} and let {BP} know", "{MTG}", "context ctx_time multi_ask", {"wmode": "day"}),
    (X, "Kindly cancel {WPOS} {MTG}.", "{MTG}", "formal", {}),
    (X, "we're not doing the {MTG} {W} anymore, pls take it off", "{MTG}", "indirect", {"wmode": "day"}),
    (X, "{M} please cancel the *{MTG}* {W}", "{MTG}", "slack", {"wmode": "day"}),
    (X, "Cancel the {MTG} with {PL} {W}.", "{MTG}", "imperative", {"wmode": "day"}),
    (X, "don't move the {MTG} {W}, just cancel it", "{MTG}", "negation", {"wmode": "day"}),
    (X, "pls decline {P}'s invite {W}, I'll be at the {CONF}", "invite", "indirect", {"wmode": "day"}),
    (X, "ugh ok so the {MTG} {W} isn't happening, {BP} is out sick, can you just kill it", "{MTG}", "runon", {"wmode": "day"}),
    # ---------------- email.draft_reply
    (ED, "draft a reply to {P}'s email about the {T}", "{T}", "imperative", {}),
    (ED, "can you write back to {P} re {T} {D}", "{T}", "terse", {}),
    (ED, "pls draft a response to {P} on the {T} -- tell her we can start on {CDATE}", "{T}", "content_time", {}),
    (ED, "Could someone help me answer {P}'s note about the {T}? Keep it short.", "{T}", "indirect", {}),
    (ED, "reply to {P}'s {T} email and cc {P2}", "{T}", "imperative", {}),
    (ED, "draft a polite no to {P}'s request about the {T}", "{T}", "imperative", {}),
    (ED, "{M} draft a reply to {P} in {CH} about *{T}*", "{T}", "slack", {}),
    (ED, "write a response to the email {P} sent {CTXDAY} about the {T}", "{T}", "ctx_time", {}),
    (ED, "need a reply drafted to {P} about the {T} {D}", "{T}", "indirect", {}),
    (ED, "ok so {P} emailed about the {T} and I need to get back to them, can you draft something saying we're on it and cc {P2} yeah", "{T}", "runon", {}),
    (ED, "Please prepare a reply to {P}'s message regarding the {T}.", "{T}", "formal", {}),
    (ED, "draft a reply to {P} about the {T}, and schedule a call with {BP} {XW}", "{T}", "multi_ask", {}),
    (ED, "Can you respond to {P}'s email on the {T} for me {D}? Thank them and say we'll review.", "{T}", "polite", {}),
    (ED, "answer {G}'s email about the {T}, say yes to the pilot", "{T}", "imperative", {}),
    # ---------------- email.send
    (ES, "send {P} the {FWD}", "{FWD}", "imperative", {}),
    (ES, "forward the {FWD} to {P} and {P2}", "{FWD}", "imperative", {}),
    (ES, "let {P} know the {T} is on hold", "{T}", "indirect", {}),
    (ES, "write a new email to {P} about the {T} and schedule it to go out {W}", "{T}", "scheduled_send", {}),
    (ES, "post the {FWD} in {CH} {D}", "{FWD}", "slack", {}),
    (ES, "can you shoot a note to {P} about the {T} {D}", "{T}", "polite", {}),
    (ES, "pls send the {FWD} to {PL} {D}", "{FWD}", "terse", {}),
    (ES, "Could someone send a reminder to {G} about the {T}?", "{T}", "indirect trap_reminder", {}),
    (ES, "send {P} a note about the {T} -- tell them it starts on {CDATE}", "{T}", "content_time", {}),
    (ES, "{M} pls post the *{FWD}* to {CH}", "{FWD}", "slack", {}),
    (ES, "fwd {FWD} to {P} asap", "{FWD}", "terse", {"pri": "urgent"}),
    (ES, "Please email {G} about the {T} {W}.", "{T}", "scheduled_send formal", {}),
    (ES, "get the {FWD} out to {G} {D}", "{FWD}", "imperative", {}),
    (ES, "{C}. Can you let {P} know I'll be late to the {MTG}?", "{MTG}", "context ctx_time", {}),
    (ES, "message {P} on Teams and ask if the {T} numbers are final", "{T} numbers", "imperative", {}),
    # ---------------- email.triage
    (ET, "go through my inbox {D}", "inbox", "imperative", {}),
    (ET, "clean up my inbox and flag anything urgent", "inbox", "priority_trap", {"trap": "anything urgent", "nopri": 1}),
    (ET, "summarize the unread emails from {P}", "unread emails", "imperative", {}),
    (ET, "can you triage my email {DBM}", "email", "due_before_event", {}),
    (ET, "sort my inbox, {C}", "inbox", "ctx_time", {}),
    (ET, "catch me up on email, I was out {CTXDAY}", "email", "ctx_time", {}),
    (ET, "pls go thru the {FOLDER} folder and summarize", "{FOLDER} folder", "terse", {}),
    (ET, "could someone clear out my inbox {D}? it's a mess", "inbox", "indirect", {}),
    (ET, "triage inbox {D} pls", "inbox", "terse", {}),
    (ET, "{M} can you sort through my Outlook and pull out anything from {P}", "Outlook", "slack", {}),
    (ET, "go through my inbox and archive the newsletters, then draft a reply to {BP}", "inbox", "multi_ask", {}),
    (ET, "Please review and summarize my inbox {D}.", "inbox", "formal", {}),
    (ET, "so my inbox is like 400 unread after the {CONF}, can you go through it and sort out what actually needs me", "inbox", "runon", {}),
    (ET, "I need my inbox triaged -- flag anything from {P} or {P2}", "inbox", "indirect", {}),
    # ---------------- document.prepare
    (DP, "prepare the {DOC} {D}", "{DOC}", "imperative", {}),
    (DP, "can you put together the {DOC} for me {D}?", "{DOC}", "polite", {}),
    (DP, "need {DOC} {D}", "{DOC}", "indirect terse", {}),
    (DP, "draft a memo on the {T} for {P}", "memo on the {T}", "imperative", {}),
    (DP, "pull together the agenda for {CD} {MTG}", "agenda for {MTG}", "ctx_time", {}),
    (DP, "Could someone build the {DOC} {DBE}?", "{DOC}", "due_before_event", {}),
    (DP, "talking points for the {EVENT} for {P}, {D}", "talking points for the {EVENT}", "terse", {}),
    (DP, "ok so I need like a one-pager on the {T} for the board uh {D} and keep it to one page", "one-pager on the {T}", "runon", {}),
    (DP, "{M} can you start on the *{DOC}*? {D}", "{DOC}", "slack", {}),
    (DP, "{C}. Could you draft the {DOC} and send it to {BP}?", "{DOC}", "context ctx_time multi_ask", {}),
    (DP, "Please prepare a briefing on the {T} for {PL} {D}", "briefing on the {T}", "formal", {}),
    (DP, "write up the {DOC} -- {P} needs it {D}", "{DOC}", "imperative", {}),
    (DP, "pls prep deck for {MTG} {D}", "deck for {MTG}", "terse", {}),
    (DP, "I'd love a first draft of the {DOC} {D} if possible", "first draft of the {DOC}", "polite", {}),
    (DP, "Can you draft remarks for the {EVENT} for me? {BP} is introducing me.", "remarks for the {EVENT}", "polite", {}),
    # ---------------- document.organize
    (DO, "file the {ORG}", "{ORG}", "imperative", {}),
    (DO, "where's the {ORG}?", "{ORG}", "indirect", {}),
    (DO, "do we have the {ORG} from {P}?", "{ORG}", "indirect", {}),
    (DO, "get {P} to sign the {ORG} {D}", "{ORG}", "imperative signature", {}),
    (DO, "route the {ORG} to {P} and {P2} for signature {D}", "{ORG}", "signature", {}),
    (DO, "can you collect the {ORG} from {G} {D}", "{ORG}", "polite", {}),
    (DO, "organize the {ORG} in the shared drive", "{ORG}", "imperative", {}),
    (DO, "find the {ORG} {P} sent {CTXDAY}", "{ORG}", "ctx_time", {}),
    (DO, "pls pull all the {ORG} into one folder {D}", "{ORG}", "terse", {}),
    (DO, "{M} can u dig up the *{ORG}*? need it {DBE}", "{ORG}", "slack due_before_event", {}),
    (DO, "get signatures on the {ORG} from {PL} {D}", "{ORG}", "signature", {}),
    (DO, "scan and file the {ORG}, then send a copy to {BP}", "{ORG}", "multi_ask", {}),
    (DO, "I can't find the {ORG} anywhere, can you track them down?", "{ORG}", "indirect", {}),
    (DO, "Would you please file the {ORG} under {FOLDER} {D}?", "{ORG}", "formal", {}),
    # ---------------- travel.book
    (TB, "book me a flight to {CITY} {W}", "flight to {CITY}", "imperative", {"wmode": "travel"}),
    (TB, "need a hotel in {CITY} for the {CONF}, checking in {W}", "hotel in {CITY}", "indirect", {"wmode": "travel"}),
    (TB, "change my flight to {CITY} to {WT}", "flight to {CITY}", "imperative trap_change", {"wmode": "travel"}),
    (TB, "cancel my hotel in {CITY} for {WT}", "hotel in {CITY}", "trap_cancel", {"wmode": "travel"}),
    (TB, "register me for the {CONF} -- early bird closes {DN}", "{CONF}", "due_implicit", {}),
    (TB, "can someone get me a car to the airport {W}?", "car to the airport", "indirect", {"wmode": "travel"}),
    (TB, "pls book train to {CITY} {W}, back {XW}", "train to {CITY}", "terse", {"wmode": "travel"}),
    (TB, "book flights for {PL} to {CITY} for the {CONF}, leaving {W}", "flights", "imperative", {"wmode": "travel"}),
    (TB, "{C}. Could you rebook my flight to {CITY} for {WT}?", "flight to {CITY}", "context ctx_time", {"wmode": "travel"}),
    (TB, "fly me to {CITY} {W} pls, aisle seat", "{CITY}", "terse", {"wmode": "travel"}),
    (TB, "I'll need a hotel near the convention center in {CITY} {W} for two nights", "hotel near the convention center in {CITY}", "indirect", {"wmode": "travel"}),
    (TB, "Please register {P} and me for the {CONF} {D}", "{CONF}", "formal", {}),
    (TB, "book travel to {CITY} for the {CONF} {W}, and block my calendar", "travel to {CITY}", "multi_ask", {"wmode": "travel"}),
    (TB, "so {P} and I are going to the {CONF} in {CITY}, can you sort out flights, we'd want to leave {W}", "flights", "runon", {"wmode": "travel"}),
    (TB, "book my flight to {CITY} for {WT} -- need it booked {D}", "flight to {CITY}", "when_and_due", {"wmode": "travel"}),
    # ---------------- reminder.set
    (RM, "remind me to {RA} {W}", "{RAS}", "imperative", {}),
    (RM, "ping me {W} about the {T}", "{T}", "terse", {}),
    (RM, "nudge me {W} to {RA}", "{RAS}", "imperative", {}),
    (RM, "don't let me forget to {RA} {W}", "{RAS}", "indirect", {}),
    (RM, "make sure I {RA} {W}", "{RAS}", "indirect", {}),
    (RM, "set a reminder for {W}: {RA}", "{RAS}", "imperative", {}),
    (RM, "remind me {W} to call {P} about the {T}", "{T}", "imperative", {}),
    (RM, "can you remind me about the {MTG} {W}", "{MTG}", "polite", {}),
    (RM, "rmd me {W} re {T}", "{T}", "terse", {}),
    (RM, "{C} -- remind me {W} to follow up with {P} on the {T}", "{T}", "context ctx_time", {}),
    (RM, "Please remind me {W} to {RA}.", "{RAS}", "formal", {}),
    (RM, "{W} can you ping me to {RA}", "{RAS}", "terse", {}),
    (RM, "ok remind me uh {W} that I still have to {RA} because I keep forgetting", "{RAS}", "runon", {}),
    (RM, "Could you set a reminder {W} for me to check in with {P} about the {T}?", "{T}", "polite", {}),
    # ---------------- task.general
    (TG, "book the {ROOM} {WR} for the {MTG}", "{ROOM}", "room", {}),
    (TG, "reserve the {ROOM} {W} for {DUR}", "{ROOM}", "room", {}),
    (TG, "submit my expense report for the {CONF} trip {D}", "expense report for the {CONF} trip", "imperative", {}),
    (TG, "renew my {LIC} before it lapses {DN}", "{LIC}", "due_implicit", {}),
    (TG, "call {VEN} about the {T}", "{T}", "imperative", {}),
    (TG, "order {ORDER} {D}", "{ORDER}", "imperative", {}),
    (TG, "set up parking passes for {P} {D}", "parking passes", "imperative", {}),
    (TG, "order catering for {CD} {MTG}", "catering for {MTG}", "ctx_time", {}),
    (TG, "get my badge reprinted {D}", "badge", "terse", {}),
    (TG, "Could you request a new laptop for {P}?", "new laptop", "polite", {}),
    (TG, "{M} can you reserve the *{ROOM}* {WR}?", "{ROOM}", "slack room", {}),
    (TG, "ok so the projector in the {ROOM} is broken again can someone put in a work order for it {D}", "work order", "runon", {}),
    (TG, "Please renew my {LIC} {D}.", "{LIC}", "formal", {}),
    (TG, "can you grab the {ROOM} for {PL} {WR}", "{ROOM}", "room", {}),
    (TG, "do my expense report from the {CONF} {D}", "expense report", "terse", {}),
    (TG, "I need someone to get {VEN} on the phone about the {T}", "{T}", "indirect", {}),
    (TG, "reserve the {ROOM} {WR} for the {EVENT}, facilities needs the request {D}", "{ROOM}", "room when_and_due", {}),
    # ---------------- ticket.status
    (TS, "what's open?", None, "terse", {}),
    (TS, "any update on the {DOC}?", "{DOC}", "imperative", {}),
    (TS, "did you ever get the {MTG} moved?", "{MTG}", "indirect", {}),
    (TS, "where are we on the {DOC}?", "{DOC}", "terse", {}),
    (TS, "status on the hotel in {CITY}?", "hotel in {CITY}", "terse", {}),
    (TS, "what's still pending from {CTXDAY}?", None, "ctx_time", {}),
    (TS, "can you give me a list of everything you're working on for me", None, "polite", {}),
    (TS, "did {P} ever sign the {ORG}?", "{ORG}", "indirect", {}),
    (TS, "hey did the {FWD} go out?", "{FWD}", "terse", {}),
    (TS, "{M} any movement on *{DOC}*?", "{DOC}", "slack", {}),
    (TS, "what happened with the {MTG} reschedule I asked for {CTXDAY}?", "{MTG} reschedule", "ctx_time", {}),
    (TS, "show me my open tasks", "open tasks", "imperative", {}),
    (TS, "is the {DOC} done yet?", "{DOC}", "indirect", {}),
    (TS, "Could you tell me where things stand with the {CONF} registration?", "{CONF} registration", "polite", {}),
    # ---------------- none
    (NO, "thanks!", None, "thanks", {}),
    (NO, "thank you so much, that's perfect", None, "thanks", {}),
    (NO, "thx {P}", None, "thanks", {}),
    (NO, "good morning!", None, "greeting", {}),
    (NO, "FYI the {MTG} got moved to {XW}", None, "fyi", {}),
    (NO, "I already sent the {FWD} to {P}", None, "done", {}),
    (NO, "the {MTG} is still on for {XW}", None, "statement", {}),
    (NO, "ugh, the {T} again. what a day", None, "venting", {}),
    (NO, "did the board like the deck?", None, "question", {}),
    (NO, "ok perfect 👍", None, "chatter", {}),
    (NO, "never mind, I handled the {MTG} myself", None, "done", {}),
    (NO, "no worries, I'll tell {P} myself", None, "non_ask", {}),
    (NO, "FYI {P} is out {XW}", None, "fyi", {}),
    (NO, "thanks for jumping on that urgent thing {CTXDAY}", None, "thanks priority_trap", {}),
    (NO, "just got out of the {MTG}, went better than expected", None, "chatter", {}),
    (NO, "is it me or is the cafeteria coffee worse this week", None, "question chatter", {}),
    (NO, "great, {P} confirmed the {MTG} for {XW}", None, "done", {}),
    (NO, "the {ORG} are all signed and filed, done", None, "done", {}),
    (NO, "honestly the {T} is going to be the death of me", None, "venting", {}),
    (NO, "how was your weekend?", None, "chatter", {}),
    (NO, "lol yes exactly", None, "chatter", {}),
    (NO, "thanks for getting the {FWD} out so fast", None, "thanks", {}),
    (NO, "morning! hope the {MTG} goes ok", None, "greeting", {}),
    (NO, "did {P} like the {DOC}?", None, "question", {}),
    (NO, "that {MTG} was brutal lol", None, "venting", {}),
    (NO, "perfect, thank you -- the {DOC} looks great", None, "thanks", {}),
    (NO, "I moved the {MTG} to {XW} myself, all set", None, "done", {}),
    (NO, "just saw {P}'s email about the {T}, yikes", None, "chatter", {}),
    (NO, "Happy Friday {P}! You've been amazing this week", None, "greeting thanks", {}),
    (NO, "do you know if {P} ended up going to the {CONF}? just curious", None, "question", {}),
]


# ================================================================ generator
import json, random, re, sys, datetime as dt
from zoneinfo import ZoneInfo

SEED = 20261202
N_ITEMS = 1200
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated_e.jsonl")

TZS = ["America/New_York"] * 8 + ["America/Chicago"] * 5 + ["America/Denver"] * 3 + ["America/Los_Angeles"] * 5 + \
      ["America/Phoenix"] * 2 + ["America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "America/Detroit",
                                 "America/Indiana/Indianapolis", "America/Boise", "Europe/London", "Asia/Kolkata",
                                 "Australia/Sydney", "America/Toronto", "Asia/Dubai"]
START = dt.datetime(2025, 1, 1, 14, 0, tzinfo=dt.timezone.utc)  # local dates stay inside 2025-2027 in every tz
SPAN = int((dt.datetime(2027, 12, 31, 9, 0, tzinfo=dt.timezone.utc) - START).total_seconds() // 60)

INTENT_WEIGHT = {NO: 10}  # percent for none; the other 12 share the rest evenly

ARTICLES = ("the ", "my ", "our ", "a ", "an ", "your ")


def strip_article(s):
    low = s.lower()
    for a in ARTICLES:
        if low.startswith(a):
            return s[len(a):]
    return s


def make_now(r):
    tz = r.choice(TZS)
    u = START + dt.timedelta(minutes=r.randrange(SPAN))
    loc = u.astimezone(ZoneInfo(tz)).replace(second=0, microsecond=0)
    if r.random() < 0.7:
        loc = (loc.astimezone(dt.timezone.utc) - dt.timedelta(minutes=loc.minute % 5)).astimezone(ZoneInfo(tz))
    return Ctx(loc, tz)


def mention(r):
    return "<@U%s>" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([8, 9, 10])))


def person(r, used):
    for _ in range(50):
        if r.random() < 0.6:
            p = r.choice(PEOPLE); g = p
        else:
            p, g = r.choice(ROLES)
        if g not in used:
            used.add(g)
            return p, g
    raise RuntimeError("people")


def people_list(r, used):
    n = r.choice([1, 2, 2])
    ps = [person(r, used) for _ in range(n)]
    names = [p for p, g in ps]
    f = r.randint(0, 3)
    if n == 1:
        text = r.choice(["%s and me", "me and %s"]) % names[0]
    elif f == 0:
        text = "%s, %s and me" % tuple(names)
    elif f == 1:
        text = "%s, %s, and me" % tuple(names)
    elif f == 2:
        text = "me, %s and %s" % tuple(names)
    else:
        text = "%s and %s and me" % tuple(names)
    return text, [g for p, g in ps]


SIMPLE_POOLS = {"MTG": MTG, "T": TOPIC, "DOC": DOC, "ORG": ORGDOC, "FWD": FWD, "CITY": CITY, "CONF": CONF,
                "ROOM": ROOM, "LIC": LIC, "VEN": VEN, "ORDER": ORDER, "EVENT": EVENT, "FOLDER": FOLDER,
                "C": CTX, "CD": CDAY, "CDATE": CDATE, "OLD": OLDS, "CTXDAY": CTXDAY, "CH": CHANNELS}


def when_for(r, c, slot, intent, opts):
    wmode = opts.get("wmode")
    for _ in range(40):
        if slot == "WX":
            if opts.get("wx") == "strike":
                w = None
                while w is None or "~" not in w["text"]:
                    w = correction_expr(r, c)
            else:
                w = correction_expr(r, c)
                if w is not None and "~" in w["text"]:
                    w = None
        elif slot == "WPOS":
            d = day_expr(r, c, ["tomorrow", "wd", "wd", "today"], mode="to")
            w = dict(text=d["text"] + "'s", vals=d["dates"], tags=d["tags"] + ["possessive_day"])
        else:
            mode = "to" if slot in ("WT", "WTR") else "free"
            rng = slot in ("WR", "WTR")
            if wmode == "day":
                w = when_expr(r, c, mode, allow_range=False, allow_rel=False, date_only_ok=False)
            elif wmode == "travel":
                day = day_expr(r, c, TIMED_DAYS + ["holiday", "next_week"], mode)
                if day is None:
                    w = None
                elif r.random() < 0.25 and day["k"] not in ("next_week", "holiday"):
                    text, h = part_combo(r, c, day)
                    if h == 17:
                        continue
                    w = dict(text=text, vals=[c.at(d, h, 0) for d in day["dates"]], tags=day["tags"] + ["time_part"])
                else:
                    w = dict(text=day["text"], vals=day["dates"], tags=day["tags"])
            else:
                w = when_expr(r, c, mode, allow_range=rng, allow_rel=(intent in (S, RM, ES, TG)))
        if w is not None:
            return w
    raise RuntimeError("when")


def due_for(r, c, slot):
    for _ in range(60):
        if slot == "D":
            d = due_expr(r, c)
        elif slot == "DN":
            d = naked_due(r, c)
        elif slot == "DBE":
            d = due_expr(r, c, "beforeevent")
        elif slot == "DBM":
            d = due_expr(r, c, "beforemy")
        if d is not None:
            return d
    raise RuntimeError("due")


URG = re.compile(r"\b(asap|urgent|urgently|stat|right away|immediately)\b|🚨", re.I)
HIGH = re.compile(r"\b(important|priority|high priority)\b", re.I)
LOW = re.compile(r"\b(no rush|no hurry|low priority|not urgent|whenever|when you get a chance)\b", re.I)


def detect_priority(text, traps):
    t = text
    for tr in traps:
        t = re.sub(re.escape(tr), " ", t, flags=re.I)
    low = bool(LOW.search(t))
    t2 = LOW.sub(" ", t)
    if URG.search(t2):
        return "urgent"
    if HIGH.search(t2):
        return "high"
    if low:
        return "low"
    return "normal"


ABBR = [(r"\bplease\b", "pls"), (r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\btomorrow\b", "tmrw"),
        (r"\bmeeting\b", "mtg"), (r"\bthanks\b", "thx"), (r"\bwith\b", "w/"), (r"\babout\b", "abt"),
        (r"\bminutes\b", "mins"), (r"\bappointment\b", "appt"), (r"\bschedule\b", "sched"),
        (r"\bsomeone\b", "some1"), (r"\bare\b", "r"), (r"\bthrough\b", "thru"), (r"\bpeople\b", "ppl")]
TYPOS = [(r"\bthe\b", "teh"), (r"\band\b", "adn"), (r"\bcalendar\b", "calender"), (r"\breschedule\b", "reschdule"),
         (r"\bcan\b", "cna"), (r"\bsend\b", "sned"), (r"\breply\b", "replly"), (r"\bcancel\b", "cancle"),
         (r"\bmove\b", "mvoe"), (r"\bremind\b", "remnd"), (r"\bfinance\b", "fiance"), (r"\bcommittee\b", "commitee"),
         (r"\bbook\b", "bok"), (r"\bdraft\b", "darft")]


def xf_mobile(r):
    abbr = [a for a in ABBR if r.random() < 0.7]
    typo = r.sample(TYPOS, r.choice([0, 1, 1, 2]))

    def f(s):
        s = s.lower()
        for pat, rep in abbr + typo:
            s = re.sub(pat, rep, s)
        if r_apos:  # drop apostrophes, but never turn "we'd" into the weekday "wed"
            s = re.sub(r"(?<=\w)'(?!d\b)(?=\w)", "", s)
        return s
    r_apos = r.random() < 0.5
    return f


def fill(r, c, tpl):
    intent, text, sfmt, tagstr, opts = tpl
    vals, people, used = {}, [], set()
    when = due = dur = None
    tags = [intent.replace(".", "_")] + tagstr.split()
    for name in re.findall(r"\{(\w+)\}", text):
        if name in vals:
            continue
        if name in SIMPLE_POOLS:
            used_vals = set(vals.values())
            v = r.choice([x for x in SIMPLE_POOLS[name] if x not in used_vals])
            vals[name] = v
            if name in ("MTG", "T") and any(w in v for w in TRAP_WORDS):
                tags.append("priority_trap")
        elif name == "RA":
            ra = r.choice([x for x in RA])
            vals["RA"], vals["RAS"] = ra
        elif name in ("P", "P2", "P3"):
            p, g = person(r, used); vals[name] = p; people.append(g)
        elif name == "BP":
            p, g = person(r, used); vals[name] = p; tags.append("background_person")
        elif name == "PL":
            t, gs = people_list(r, used); vals[name] = t; people += gs; tags.append("people_list")
        elif name == "M":
            m = mention(r); vals[name] = m; people.append(m); tags.append("mention")
        elif name == "G":
            gt, gg = r.choice(GROUPS); vals[name] = gt; people.append(gg); tags.append("role_group")
        elif name in ("W", "WT", "WR", "WTR", "WX", "WPOS"):
            w = when_for(r, c, name, intent, opts); vals[name] = w["text"]; when = w["vals"]; tags += w["tags"]
            if w.get("dur") and intent in (S, R, TG):
                dur = w["dur"]
        elif name in ("D", "DN", "DBE", "DBM"):
            d = due_for(r, c, name); vals[name] = d["text"]; due = d["vals"]; tags += ["due"] + d["tags"]
        elif name == "XW":
            d = None
            while d is None:
                d = day_expr(r, c, ["tomorrow", "wd", "wd", "next_wd", "nth", "mdate", "next_week"], mode="to")
            vals[name] = d["text"]; tags.append("decoy_time")
        elif name == "DUR":
            m, t = r.choice(DURS); vals[name] = t; dur = m
        elif name == "DURA":
            m, t = r.choice(DURA); vals[name] = t; dur = m
        else:
            raise KeyError(name)
    if when and due and "when_and_due" in tags:
        # the deadline must come before the thing itself (e.g. "invite has to go out by X")
        def key(v):
            return v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day, 23, 59, tzinfo=c.Z)
        if not max(key(v) for v in due) < min(key(v) for v in when) or vdate(max(due, key=key)) == vdate(min(when, key=key)) and not all(isinstance(v, dt.datetime) for v in when + due):
            raise Retry()
    if any(k in vals for k in ("C", "CD", "CDATE", "OLD", "CTXDAY")):
        tags.append("ctx_time")
    out = text.format(**vals)
    subj = strip_article(sfmt.format(**vals)) if sfmt else None
    if subj and any(w in subj.lower() for w in TRAP_WORDS):
        tags.append("priority_trap")
    return out, subj, people, when, due, dur, tags, opts


class Retry(Exception):
    pass


def today_hit(c, when, due):
    for vs in (when, due):
        if vs and any(vdate(v) == c.today for v in vs):
            return True
    return False


def add_priority(r, text, cls):
    phrase, pos = r.choice(PRI[cls])
    if pos == "pre":
        first = text.split(" ", 1)[0]
        if first in ("Can", "Could", "Please", "Would", "Schedule", "Cancel", "Kindly", "The"):
            text = text[0].lower() + text[1:]
        return phrase + text
    if phrase.startswith(". "):
        if text.endswith("?") or text.endswith("!"):
            return text + " " + phrase[2:]
        return text.rstrip(".") + phrase
    if text.endswith("?") or text.endswith("."):
        return text[:-1] + phrase + text[-1]
    return text + phrase


def make_item(r, tpl, idx):
    c = make_now(r)
    intent = tpl[0]
    out, subj, people, when, due, dur, tags, opts = fill(r, c, tpl)
    traps = list(TRAP_WORDS) + ([opts["trap"]] if "trap" in opts else []) + ["urgent thing"]
    # ---- priority
    if intent == NO:
        cls = None
    elif "pri" in opts:
        cls = opts["pri"]
    elif opts.get("nopri"):
        cls = "normal"
    else:
        cls = r.choices(["normal", "urgent", "high", "low"], [56, 14, 12, 18])[0]
        if cls == "low" and today_hit(c, when, due):
            cls = "normal"
        if cls != "normal":
            out = add_priority(r, out, cls)
    if intent != NO:
        det = detect_priority(out, traps)
        assert det == cls, (out, det, cls)
    # ---- register transforms
    reg = None
    slacky = any(ch in out for ch in "<*~")
    x = r.random()
    if not slacky and x < 0.15:
        reg = "mobile_lower"; f = xf_mobile(r)
    elif not slacky and x < 0.19:
        reg = "all_caps"; f = lambda s: s.upper()
    else:
        f = None
    if f:
        new_out = f(out)
        new_subj = f(subj) if subj else subj
        new_people = [p if p.startswith("<@") else f(p) for p in people]
        ok = (not new_subj or all(tok in new_out for tok in new_subj.split())) and \
             all(p.lower().replace("'", "") in new_out.lower().replace("'", "") for p in new_people)
        if ok:
            out, subj, people = new_out, new_subj, new_people
            tags.append(reg)
    if intent != NO and "context" not in tags and "runon" not in tags and r.random() < 0.08:
        out = r.choice(CTX_LONG) + " " + (out[0].upper() + out[1:] if not out.startswith("<") else out)
        tags.append("long_context")
    # ---- gold
    if intent == NO:
        pri = None
        det = None
    else:
        pri = cls
        if pri in ("normal", "low") and today_hit(c, when, due):
            pri = "high"
            tags.append("high_by_today")
    e = {"intent": intent, "subject": subj if intent != NO else None,
         "when": None, "due": None,
         "people": people if intent != NO else [], "priority": pri,
         "duration_minutes": dur if intent != NO else None}
    if intent != NO:
        if when:
            e["when"] = fmt(when[0])
            if len(when) > 1:
                e["when_any"] = [fmt(v) for v in when]
        if due:
            e["due"] = fmt(due[0])
            if len(due) > 1:
                e["due_any"] = [fmt(v) for v in due]
    else:
        tags.append("decoy_entities")
    if pri:
        tags.append("pri_" + pri)
    if when and isinstance(when[0], dt.datetime) and when[0].utcoffset() != c.now.utcoffset():
        tags.append("dst_or_zone_shift")
    tags = sorted(set(tags))
    return {"id": "ge%04d" % idx, "text": out, "now": c.now.isoformat(timespec="seconds"), "tz": c.tz,
            "expect": e, "tags": tags}


def main():
    r = random.Random(SEED)
    by_intent = {}
    for i, t in enumerate(TEMPLATES):
        by_intent.setdefault(t[0], []).append((i, t))
    intents = sorted(by_intent)
    n_none = N_ITEMS * INTENT_WEIGHT[NO] // 100
    others = [i for i in intents if i != NO]
    plan = [NO] * n_none
    per = (N_ITEMS - n_none) // len(others)
    for k, it in enumerate(others):
        plan += [it] * per
    while len(plan) < N_ITEMS:
        plan.append(r.choice(others))
    r.shuffle(plan)
    # round-robin through each intent's templates so every template is used
    cursors = {it: r.sample(by_intent[it], len(by_intent[it])) for it in intents}
    pos = {it: 0 for it in intents}
    items, seen, used_tpl = [], set(), set()
    for n, it in enumerate(plan, 1):
        for attempt in range(200):
            lst = cursors[it]
            ti, tpl = lst[pos[it] % len(lst)]
            try:
                item = make_item(r, tpl, n)
            except Retry:
                continue
            if item["text"].lower() in seen:
                if attempt % 5 == 4:
                    pos[it] += 1
                continue
            break
        else:
            raise RuntimeError("no unique text for %s" % it)
        pos[it] += 1
        seen.add(item["text"].lower())
        used_tpl.add(ti)
        item["tags"].append("tpl%03d" % ti)
        items.append(item)
    with open(OUT, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items, %d templates used of %d" % (len(items), len(used_tpl), len(TEMPLATES)), file=sys.stderr)


if __name__ == "__main__":
    main()
