#!/usr/bin/env python3
"""Validate a raw intents corpus file written by a corpus author.

Line: {"id","text","now","tz","expect":{"intent","subject","when","due","people","priority","duration_minutes"},"tags":[...]}
optional expect.when_any / expect.due_any lists. Checks field presence, intent names, formats
(when/due RFC 3339 with the offset valid in tz at that instant, or YYYY-MM-DD), and the 'none' rule.
"""
import json, sys, re, datetime
from zoneinfo import ZoneInfo
INTENTS = {"calendar.schedule","calendar.reschedule","calendar.cancel","email.draft_reply","email.send",
  "email.triage","document.prepare","document.organize","travel.book","reminder.set","task.general",
  "ticket.status","none"}
PRI = {"urgent","high","normal","low"}
def chk_time(v, tz, field):
    if v is None: return
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        datetime.date.fromisoformat(v); return
    d = datetime.datetime.fromisoformat(v)
    if d.tzinfo is None: raise ValueError("%s %r has no offset" % (field, v))
    local = d.astimezone(ZoneInfo(tz))
    if local.utcoffset() != d.utcoffset(): raise ValueError("%s %r: offset not valid in %s at that instant (should be %s)" % (field, v, tz, local.isoformat()))
def main():
    ok = bad = 0; ids = set()
    for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
        if not line.strip(): continue
        try:
            it = json.loads(line); e = it["expect"]
            if it["id"] in ids: raise ValueError("duplicate id")
            ids.add(it["id"])
            ZoneInfo(it["tz"]); datetime.datetime.fromisoformat(it["now"])
            for k in ("intent","subject","when","due","people","priority","duration_minutes"):
                if k not in e: raise ValueError("expect.%s missing" % k)
            if e["intent"] not in INTENTS: raise ValueError("bad intent %r" % e["intent"])
            if e["intent"] == "none":
                if e["priority"] is not None or e["subject"] or e["when"] or e["due"] or e["people"]:
                    raise ValueError("intent none must have null/empty entities and priority null")
            elif e["priority"] not in PRI: raise ValueError("bad priority %r" % e["priority"])
            if not isinstance(e["people"], list): raise ValueError("people must be a list")
            for f in ("when","due"):
                chk_time(e[f], it["tz"], f)
                for v in e.get(f + "_any", []) or []: chk_time(v, it["tz"], f + "_any")
            if e["duration_minutes"] is not None and not isinstance(e["duration_minutes"], int): raise ValueError("duration_minutes must be int or null")
            ok += 1
        except Exception as ex:
            bad += 1; print("line %d: %s" % (n, ex))
    print("%d ok, %d bad" % (ok, bad)); sys.exit(1 if bad else 0)
main()
