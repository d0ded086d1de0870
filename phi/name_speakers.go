package phi

// The speakers of a pasted conversation. A thread copied into a message
// puts its participants' names at the head of its lines, with the time
// they wrote ("9:02 Odalys Brennan: can someone cover intake?", "[9:18 am]
// tomasz: on it", "Delphine Arceneaux  7:09 PM" on a line of its own) or
// without it, taking turns ("renata: fax fixed? / kwame: not yet / renata:
// ok", "oksana - printer jammed / bertrand - ugh ok / oksana - on it"). The
// participants are the bot's users, colleagues at work; the patients are
// the people they write about. Their names are blocked, so no later pass
// takes them for the patient; a patient named in what they wrote is
// decided as anywhere else. A line head is a speaker only in a
// conversation: a time before it, a name that speaks twice, or the header
// of one copied message with its text below; a form's
// field labels ("Reason:", "Patient:") are no names, and a list of
// patients ("Lake: npo after mn / Reed: k 3.1") names each once.

// maxSpeakers bounds the speaker lines a message is read for.
const maxSpeakers = 32

// speakers blocks the names that open the lines of a pasted conversation.
func (s *scanner) speakers() {
	type line struct {
		i, end int  // the name's tokens
		timed  bool // a clock time before or after it
	}
	var buf [maxSpeakers]line
	lines := buf[:0]
	for k := 0; k < len(s.toks) && len(lines) < maxSpeakers; k++ {
		if !s.lineStart(k) {
			continue
		}
		if i, end, timed, ok := s.speakerAt(k); ok {
			lines = append(lines, line{i, end, timed})
		}
	}
	if len(lines) == 0 || len(lines) == 1 && !s.headerLine(lines[0].end) {
		return // (one line is a conversation only as a copied message's header)
	}
	talk := false
	for a, l := range lines {
		talk = talk || l.timed
		for _, m := range lines[a+1:] {
			talk = talk || s.lo[s.toks[l.i].s:s.toks[l.end].e] == s.lo[s.toks[m.i].s:s.toks[m.end].e]
		}
	}
	if !talk {
		return
	}
	for _, l := range lines {
		s.add(blockType, int(s.toks[l.i].s), int(s.toks[l.end].e), priBlock)
	}
}

// speakerAt reads the head of the line that starts at token k as a
// speaker: an optional quote mark and clock time ("> 7:13", "[9:18 am]
// -"), a name of one to three words, possibly in bold, and a colon or a
// dash between blanks; or a
// name and a clock time that end the line (Slack's header of a copied
// message). It returns the name's first and last tokens and whether a
// time goes with it.
func (s *scanner) speakerAt(k int) (i, end int, timed, ok bool) {
	j := k
	if s.is(j, '>') {
		j++
	}
	if e := s.clockAt(j); e > j {
		j, timed = e, true
		if s.dashAt(j) || s.is(j, '|') {
			j++
		}
	}
	for s.is(j, '*') || s.is(j, '_') {
		j++
	}
	i, end = j, -1
	for n := 0; n < 3 && j < len(s.toks); n++ {
		t := s.toks[j]
		if t.punct || t.nd > 0 || t.na < 2 || j > i && t.sp != 1 {
			break
		}
		end = j
		j++
	}
	if end < 0 {
		return 0, 0, false, false
	}
	for s.is(j, '*') || s.is(j, '_') {
		j++
	}
	// the separator first, the cheap test: most lines are no speaker's
	switch {
	case s.is(j, ':') && j+1 < len(s.toks) && s.toks[j+1].sp > 0:
	case s.dashAt(j) && s.toks[j].sp == 1 && j+1 < len(s.toks) && s.toks[j+1].sp == 1:
		// "bertrand - ugh ok", "oksana — swapping it at lunch"
	case !timed && j < len(s.toks) && s.toks[j].sp == 1:
		// "Delphine Arceneaux  7:09 PM" and the line ends
		e := s.clockAt(j)
		if e == j || e < len(s.toks) && s.toks[e].sp != 2 {
			return 0, 0, false, false
		}
		timed = true
	default:
		return 0, 0, false, false
	}
	named := false
	for w := i; w <= end; w++ {
		g := s.gz(w)
		named = named || g.isGiven() || g.sur >= 2
		if s.inAny(w, stopLower, capStop, patientTrig, relatives, staffBefore) || labelType[s.w(w)] != "" {
			return 0, 0, false, false // "Patient:", "Mom:", "Dr:", "MRN:": a field's label or a role
		}
	}
	if !named {
		return 0, 0, false, false
	}
	return i, end, timed, true
}

// headerLine reports a clock time closing the line right after the name
// ending at token end, with more lines after it: the header of one copied
// message ("Delphine Arceneaux  7:09 PM" and its text below), which is a
// conversation of its own.
func (s *scanner) headerLine(end int) bool {
	j := end + 1
	for s.is(j, '*') || s.is(j, '_') {
		j++
	}
	e := s.clockAt(j)
	return e > j && e < len(s.toks) && s.toks[e].sp == 2
}

// dashAt reports a dash at token j: "-", "–" or "—".
func (s *scanner) dashAt(j int) bool {
	if s.is(j, '-') {
		return true
	}
	if j >= len(s.toks) {
		return false
	}
	d := s.lo[s.toks[j].s:s.toks[j].e]
	return d == "—" || d == "–"
}

// clockAt returns the token after a clock time at token j ("7:13",
// "16:42", "7:09 PM", "[9:18 am]"), or j when there is none.
func (s *scanner) clockAt(j int) int {
	k := j
	if s.is(k, '[') {
		k++
	}
	if k+2 >= len(s.toks) || s.toks[k].punct || s.toks[k].na > 0 || s.toks[k].nd > 2 || !s.is(k+1, ':') ||
		s.toks[k+1].sp != 0 || s.toks[k+2].sp != 0 || s.toks[k+2].nd != 2 {
		return j
	}
	k += 3
	if s.toks[k-1].na > 0 { // "7:09pm" in one token
		w := s.w(k - 1)
		if !hasSuffix(w, "am") && !hasSuffix(w, "pm") {
			return j
		}
	} else if w := s.w(k); w == "am" || w == "pm" || w == "a" || w == "p" {
		k++
	}
	if s.is(j, '[') {
		if !s.is(k, ']') {
			return j
		}
		k++
	}
	return k
}
