#!/usr/bin/env python3
"""Write intents/testdata/duckling-en.jsonl: Duckling's published English time
examples (facebook/duckling, Duckling/Time/EN/Corpus.hs, BSD licence) as a
regression suite for our time grammar.

Duckling's reference time is Tuesday 2013-02-12 04:30 at UTC-2. Each example keeps
Duckling's expected value at its grain: a day is a date, an hour or minute a
datetime at -02:00; an interval keeps its start (our rule for ranges). Examples
about the past, whole weeks, months, quarters, years, seconds and parts of day
(intervals that our label rules resolve to fixed clock times) are left out: a
request never asks for them. Each phrase is put in a request, "set up a meeting
with Dana <phrase>", and the parser's when must equal the value.

Usage: python3 scripts/duckling-suite.py
"""
import json
import os

D = "day"
# (value, [phrases]); value (y, m, d) is a date, (y, m, d, h, mi) a datetime.
EXAMPLES = [
    ((2013, 2, 12), ["today"]),
    ((2013, 2, 13), ["tomorrow"]),
    ((2013, 2, 18), ["monday", "mon.", "this monday", "Monday, Feb 18", "Mon, February 18"]),
    ((2013, 2, 19), ["tuesday", "Tuesday the 19th", "Tuesday 19th"]),
    ((2013, 2, 14), ["thursday", "thu", "thu."]),
    ((2013, 2, 15), ["friday", "fri", "fri."]),
    ((2013, 2, 16), ["saturday", "sat", "sat."]),
    ((2013, 2, 17), ["sunday", "sun"]),
    ((2013, 3, 1), ["the 1st of march", "first of march", "march first"]),
    ((2013, 3, 3), ["march 3"]),
    ((2015, 3, 3), ["march 3 2015", "march 3rd 2015", "march third 2015", "3/3/2015", "3/3/15", "2015-3-3", "2015-03-03"]),
    ((2013, 2, 15), ["on the 15th", "the 15th of february", "15 of february", "february the 15th", "february 15",
                     "15th february", "February 15", "2/15", "on 2/15"]),
    ((2013, 8, 8), ["Aug 8"]),
    ((2014, 7, 18), ["Fri, Jul 18", "Jul 18, Fri"]),
    ((2015, 4, 14), ["April 14, 2015", "14th April 15"]),
    ((2013, 2, 19), ["next tuesday", "around next tuesday"]),
    ((2013, 2, 22), ["friday after next"]),
    ((2013, 2, 13), ["Wed, Feb13"]),
    ((2013, 2, 13), ["next wednesday"]),
    ((2013, 2, 20), ["wednesday of next week", "wednesday next week", "wednesday after next"]),
    ((2013, 2, 13), ["wednesday of this week"]),
    ((2013, 2, 14), ["the day after tomorrow"]),
    ((2013, 2, 14, 17, 0), ["day after tomorrow 5pm"]),
    ((2013, 3, 25), ["last Monday of March"]),
    ((2014, 3, 30), ["last Sunday of March 2014"]),
    ((2013, 10, 3), ["third day of october"]),
    ((2015, 10, 31), ["last day of october 2015"]),
    ((2013, 10, 1), ["first tuesday of october", "first tuesday in october"]),
    ((2014, 9, 16), ["third tuesday of september 2014"]),
    ((2014, 10, 1), ["first wednesday of october 2014"]),
    ((2014, 10, 8), ["second wednesday of october 2014"]),
    ((2013, 2, 13, 3, 0), ["at 3am", "3 in the AM", "at 3 AM", "3 oclock am", "at three am"]),
    ((2013, 2, 13, 3, 18), ["3:18am", "3:18a"]),
    ((2013, 2, 12, 15, 0), ["at 3pm", "@ 3pm", "3PM", "3pm", "3 oclock pm", "3 o'clock in the afternoon",
                            "3ish pm", "3pm approximately", "at about 3pm"]),
    ((2013, 2, 12, 15, 15), ["at 15 past 3pm", "a quarter past 3pm", "3:15 in the afternoon", "15:15", "3:15pm",
                             "3:15PM", "3:15p", "at 3 15"]),
    ((2013, 2, 12, 15, 20), ["at 20 past 3pm", "3:20 in the afternoon", "3:20 in afternoon", "twenty after 3pm",
                             "3:20p", "at three twenty"]),
    ((2013, 2, 12, 15, 30), ["at half past three pm", "half past 3 pm", "15:30", "3:30pm", "3:30PM", "330 p.m.",
                             "3:30 p m", "3:30", "half three"]),
    ((2013, 2, 12, 9, 59), ["nine fifty nine a m"]),
    ((2013, 2, 12, 11, 45), ["a quarter to noon", "11:45am", "15 to noon"]),
    ((2013, 2, 12, 20, 0), ["8 tonight", "eight tonight", "8 this evening", "at 8 in the evening", "in the evening at eight"]),
    ((2013, 9, 20, 19, 30), ["at 7:30 PM on Fri, Sep 20"]),
    ((2013, 2, 16, 9, 0), ["at 9am on Saturday", "on Saturday for 9am"]),
    ((2014, 7, 18, 19, 0), ["Fri, Jul 18, 2014 07:00 PM"]),
    ((2013, 2, 12, 4, 32), ["in 2 minutes", "in 2 more minutes", "2 minutes from now", "in a couple of minutes"]),
    ((2013, 2, 12, 4, 33), ["in three minutes", "in a few minutes"]),
    ((2013, 2, 12, 5, 30), ["in 60 minutes", "in one hour", "in 1h"]),
    ((2013, 2, 12, 4, 45), ["in a quarter of an hour", "in 15 minutes"]),
    ((2013, 2, 12, 5, 0), ["in half an hour", "in about half an hour"]),
    ((2013, 2, 12, 5, 15), ["in three-quarters of an hour"]),
    ((2013, 2, 12, 7, 0), ["in 2.5 hours"]),
    ((2013, 2, 12, 6, 30), ["in a couple hours", "in a couple of hours"]),
    ((2013, 2, 12, 7, 30), ["in a few hours"]),
    ((2013, 2, 13, 4, 30), ["in 24 hours"]),
    ((2013, 2, 13), ["in a day", "a day from now"]),
    ((2013, 2, 19), ["in 7 days", "in 1 week", "in a week", "a week hence", "one week hence"]),
    ((2013, 3, 5), ["three weeks hence"]),
    ((2013, 12, 25), ["xmas", "christmas", "christmas day"]),
    ((2013, 12, 31), ["new year's eve", "new years eve"]),
    ((2014, 1, 1), ["new year's day", "new years day"]),
    ((2013, 2, 14), ["valentine's day", "valentine day"]),
    ((2013, 5, 12), ["Mother's Day", "next mothers day"]),
    ((2013, 6, 16), ["Father's Day"]),
    ((2013, 5, 27), ["memorial day", "Next Memorial Day"]),
    ((2013, 7, 4), ["independence day", "4th of July", "4 of july"]),
    ((2013, 9, 2), ["labor day"]),
    ((2013, 10, 31), ["halloween", "next halloween", "Halloween 2013"]),
    ((2013, 11, 29), ["black friday"]),
    ((2014, 1, 20), ["MLK day", "next Martin Luther King day", "this MLK day"]),
    ((2013, 11, 28), ["thanksgiving day", "thanksgiving", "thanksgiving 2013", "this thanksgiving", "next thanksgiving day"]),
    ((2014, 11, 27), ["thanksgiving 2014"]),
    ((2013, 4, 25, 16, 0), ["4/25 at 4:00pm"]),
    ((2013, 7, 13), ["July 13-15", "July 13 to 15", "July 13 thru 15", "July 13 through 15", "July 13 - July 15"]),
    ((2013, 8, 8), ["Aug 8 - Aug 12"]),
    ((2013, 2, 12, 9, 30), ["9:30 - 11:00"]),
    ((2013, 2, 14, 9, 30), ["from 9:30 - 11:00 on Thursday", "between 9:30 and 11:00 on thursday",
                            "9:30 - 11:00 on Thursday", "Thursday from 9:30 to 11:00", "9:30 till 11:00 on Thursday"]),
    ((2013, 2, 12, 15, 0), ["3-4pm", "from 3 to 4 in the PM", "around 3-4pm"]),
    ((2013, 2, 12, 15, 30), ["3:30 to 6 PM", "3:30-6 p.m."]),
    ((2013, 2, 12, 8, 0), ["8am - 1pm"]),
    ((2013, 2, 14, 9, 0), ["Thursday from 9a to 11a", "this Thu 9-11am"]),
    ((2013, 2, 12, 11, 30), ["11:30-1:30"]),
    ((2013, 9, 21, 13, 30), ["1:30 PM on Sat, Sep 21"]),
    ((2013, 2, 12, 13, 0), ["4pm CET"]),
    ((2013, 2, 14, 6, 0), ["Thursday 8:00 GMT", "Thu at 8 GMT"]),
    ((2013, 2, 14, 14, 0), ["Thursday 8:00 PST", "Thu at 8 am PST"]),
    ((2013, 2, 12, 14, 0), ["today at 2pm", "at 2pm"]),
    ((2013, 2, 13, 15, 0), ["3pm tomorrow"]),
    ((2013, 2, 12, 13, 30), ["at 1:30pm", "1:30pm"]),
    ((2013, 2, 12, 10, 30), ["10:30", "approximately 1030", "at 1030", "around 1030", "ten thirty am"]),
    ((2013, 2, 18), ["next monday"]),
    ((2013, 2, 12, 12, 0), ["at 12pm", "at noon"]),
    ((2013, 2, 13, 0, 0), ["at 12am", "at midnight"]),
    ((2013, 2, 13, 17, 0), ["tomorrow afternoon at 5", "at 5 tomorrow afternoon", "at 5pm tomorrow", "tomorrow at 5pm"]),
    ((2013, 2, 13, 13, 0), ["1pm-2pm tomorrow"]),
    ((2013, 3, 1), ["on the first", "the 1st"]),
    ((2013, 2, 12, 19, 30), ["at 730 in the evening", "seven thirty p.m."]),
    ((2013, 2, 13, 1, 50), ["tomorrow at 150ish"]),
    ((2013, 2, 12, 23, 0), ["tonight at 11"]),
    ((2013, 8, 27), ["August 27th - 29th"]),
    ((2013, 10, 23), ["23rd to 26th Oct"]),
    ((2013, 9, 1), ["1-8 september"]),
    ((2013, 9, 12), ["12 to 16 september"]),
    ((2013, 8, 19), ["19th To 21st aug"]),
]


def value(v):
    if len(v) == 3:
        return "%04d-%02d-%02d" % v
    return "%04d-%02d-%02dT%02d:%02d:00-02:00" % v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "intents", "testdata", "duckling-en.jsonl")
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for v, phrases in EXAMPLES:
            for ph in phrases:
                n += 1
                f.write(json.dumps({"id": "dk%03d" % n, "phrase": ph, "text": "set up a meeting with Dana " + ph,
                                    "now": "2013-02-12T04:30:00-02:00", "tz": "Etc/GMT+2", "when": value(v)}) + "\n")
    print(n, "examples")


if __name__ == "__main__":
    main()
