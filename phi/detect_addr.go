package phi

// Street addresses, PO boxes, towns of residence and ZIP codes of a person.
// Facility, office and venue addresses are left alone.

var streetSuffix = words("st", "street", "ave", "avenue", "av", "rd", "road", "ln", "lane", "blvd", "boulevard",
	"dr", "drive", "ct", "court", "way", "pl", "place", "pkwy", "parkway", "ter", "terrace", "cir", "circle",
	"hwy", "highway", "sq", "square", "trl", "trail", "loop", "row", "path", "pike", "run", "aly", "alley",
	"xing", "crossing", "cv", "cove", "pt", "point", "rte", "route", "tpke", "turnpike", "walk", "plz", "plaza",
	"bend", "ridge", "hts", "heights", "mnr", "manor", "grn", "green", "hl", "hill", "holw", "hollow", "est",
	"estates", "ext", "crescent", "cres", "close", "gardens", "gdns", "park", "commons")

var unitWords = words("apt", "unit", "suite", "ste", "#", "apartment", "fl", "floor", "rm", "bldg", "lot")

var facilityWords = words("care", "clinic", "office", "offices", "site", "campus", "facility", "building",
	"center", "centre", "hospital", "opens", "opening", "located", "hq", "headquarters", "warehouse", "our",
	"venue", "hotel", "conference", "store", "pharmacy", "lab", "branch", "location", "practice", "pavilion",
	"tower", "plant", "depot", "meet", "meeting", "event", "offsite", "retreat", "gala", "dinner", "lunch",
	"restaurant", "vendor", "company", "corporate", "business", "new", "lot", "garage", "parking", "entrance",
	"repaving", "construction", "closed", "shuttle", "suite", "landlord", "lease", "van", "mobile", "listing",
	"profile", "dock", "loading", "moves", "moved", "relocating", "relocated")

var residenceAdverbs = words("out", "over", "up", "down", "back", "now", "currently", "still", "alone", "there")

var personalAddr = words("home", "lives", "live", "living", "resides", "residence", "wrote", "letter", "mail",
	"send", "sent", "mailing", "address", "patient", "pt", "her", "his", "their", "sympathy", "card",
	"flowers", "ship", "deliver", "visit", "house", "apartment")

var states = words("al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
	"ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
	"ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "pr",
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
	"georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
	"nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
	"washington", "wisconsin", "wyoming")

// detectAddresses finds street addresses, PO boxes, towns after "lives in"
// and labelled ZIP codes.
func (s *scanner) detectAddresses() {
	streets := s.mentions(streetSuffix) // no suffix word, no street
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.nd == 0 && !t.punct && s.isUpperStart(i) && (s.w(i+1) == "resident" || s.w(i+1) == "native") && s.gz(i).place {
			s.addTok(Address, i, i, priContext) // "a Salem resident"
			continue
		}
		if t.punct || t.nd == 0 && !s.inAny(i, addrSet) {
			continue
		}
		w := s.w(i)
		switch {
		case (w == "po" || w == "p") && s.poBox(i) > 0:
			j := s.poBox(i)
			end := s.cityStateZip(j)
			s.addTok(Address, i, end, priContext)
			i = end
		case streets && t.nd > 0 && t.nd <= 6 && t.na <= 1 && (i == 0 || !(s.is(i-1, '-') && t.sp == 0) && !s.is(i-1, '/') && !s.is(i-1, '#')):
			end := s.street(i)
			// "from the hospital to 9 Elm Rd": the facility is where the trip
			// starts, the address after "to" is somewhere else
			dest := s.w(i-1) == "to" && !s.prevWordIn(i, personalAddr, 6) && s.prevWordIn(i-1, facilityWords, 4)
			if end < 0 || !dest && (s.prevWordIn(i, facilityWords, 6) && (!s.prevWordIn(i, personalAddr, 6) || s.facilityAddress(i))) {
				continue
			}
			end = s.cityStateZip(end)
			personal := s.prevWordIn(i, personalAddr, 8)
			if s.in(end+1, facilityWords) && !personal {
				i = end // "use the 55 Fruit St entrance"
				continue
			}
			if !personal && !s.health {
				s.pendingPerson = append(s.pendingPerson, cand{t: Address, s: int(s.toks[i].s), e: int(s.toks[end].e), pri: priContext})
			} else {
				s.addTok(Address, i, end, priContext)
				if s.w(end+1) == "in" { // "14 Pond Rd in Boxford"
					// a writer who types the street in lower case types the
					// town so too ("3 elm rd in hull"): then only a known place
					lower := !s.isUpperStart(i+1) && s.gz(end+2).place
					if te := s.town(end+2, lower); te > end+1 {
						s.addTok(Address, end+2, te, priContext)
						end = te
					}
				}
			}
			i = end
		case w == "lives" || w == "living" || w == "resides" || w == "resident" || w == "moved" || w == "home" ||
			w == "staying" || w == "address":
			j := i + 1
			if w == "address" && s.in(i-1, facilityWords) && !s.in(i-1, personalAddr) && s.w(i-1) != "new" {
				continue // "the clinic address is ..."
			}
			for s.inAny(j, residenceAdverbs) {
				j++ // "lives out in Ashby", "now living in Lowell"
			}
			if w := s.w(j); w == "at" || w == "on" || w == "is" || s.is(j, ':') {
				if end := s.looseStreet(j + 1); end > j {
					i = end
				}
				continue
			} else if w == "in" || w == "of" || w == "to" {
				j++
			} else if lw := s.w(i); lw == "lives" || lw == "living" || lw == "staying" || lw == "resides" {
				// "lives with her daughter in Lynn"
				k := j
				for n := 0; n < 5 && k < len(s.toks) && !s.toks[k].punct && s.w(k) != "in"; n++ {
					k++
				}
				if s.w(k) != "in" {
					continue
				}
				j = k + 1
			} else {
				continue
			}
			if end := s.town(j, w != "moved" && w != "home"); end >= j {
				s.addTok(Address, j, end, priContext)
				i = end
			}
		case w == "zip" || w == "zipcode":
			s.zipsNear(i)
			j := i + 1
			for s.is(j, ':') || s.is(j, '#') || s.w(j) == "code" || s.w(j) == "is" {
				j++
			}
			if j < len(s.toks) && s.toks[j].nd == 5 && s.toks[j].na == 0 {
				end := j
				if s.is(j+1, '-') && s.toks[j+2].nd == 4 {
					end = j + 2
				}
				if s.prevWordIn(i+1, personalAddr, 8) {
					s.addTok(Address, j, end, priContext)
				} else { // "Zip 01852 has the highest self-pay volume": a place, unless someone lives there
					s.pendingPerson = append(s.pendingPerson, cand{t: Address, s: int(s.toks[j].s), e: int(s.toks[end].e), pri: priContext})
				}
			}
		}
	}
}

// detectTowns labels "<name> from <Town>": the town of a named person.
func (s *scanner) detectTowns() {
	for _, n := range s.names {
		k := s.tokAt(n.e)
		if s.is(k, '\'') {
			continue
		}
		if s.w(k) == "from" || s.w(k) == "of" && s.w(k) != "" {
			if end := s.town(k+1, false); end > k && !s.staffAfter(end) {
				s.addTok(Address, k+1, end, priContext)
			}
		} else if s.w(k) == "in" && s.isUpperStart(k+1) && s.gz(k+1).place && !s.in(k+1, careUnits) {
			// "her grandson Pete in Portland": a listed town, not a unit or
			// a department, and not a facility ("in Salem clinic")
			if end := s.town(k+1, false); end > k && !s.inAny(end+1, facilityWords, orgWords, deptWords) && !s.staffAfter(end) {
				s.addTok(Address, k+1, end, priContext)
			}
		}
	}
}

// looseStreet takes "<number> <Capitalised words>" after a residence cue even
// without a street suffix ("lives at 9 Tarbox off Rte 110 in Amesbury"), then
// a town introduced by "in" later in the clause. It returns the last token
// used, or -1.
func (s *scanner) looseStreet(j int) int {
	if j >= len(s.toks) || s.toks[j].nd == 0 || s.toks[j].nd > 6 {
		return -1
	}
	end := s.street(j)
	if end < 0 {
		end = j
		for k := j + 1; k < len(s.toks) && k <= j+3 && s.toks[k].sp < 2; k++ {
			if s.toks[k].punct || !s.isUpperStart(k) || s.in(k, capStop) {
				break
			}
			end = k
		}
		if end == j {
			return -1
		}
	}
	end = s.cityStateZip(end)
	s.addTok(Address, j, end, priContext)
	for k := end + 1; k < len(s.toks) && k <= end+8 && s.toks[k].sp < 2; k++ {
		if s.toks[k].punct && s.b[s.toks[k].s] != ',' {
			break
		}
		if s.w(k) == "in" {
			if te := s.town(k+1, false); te > k {
				s.addTok(Address, k+1, te, priContext)
				return te
			}
		}
	}
	return end
}

// poBox matches "PO Box 12" / "P.O. Box 12" at token i and returns the token
// after the number, or 0.
func (s *scanner) poBox(i int) int {
	j := i
	if s.w(j) == "p" {
		if !s.is(j+1, '.') || s.w(j+2) != "o" {
			return 0
		}
		j += 3
		if s.is(j, '.') {
			j++
		}
	} else {
		j++
		if s.is(j, '.') {
			j++
		}
	}
	if s.w(j) != "box" || j+1 >= len(s.toks) || s.toks[j+1].nd == 0 {
		return 0
	}
	return j + 1
}

// street matches "<number> <words> <suffix> [unit]" and returns the last
// token, or -1.
func (s *scanner) street(i int) int {
	for k, n := i+1, 0; k < len(s.toks) && n < 5; k++ {
		t := s.toks[k]
		if t.sp == 2 || t.punct && !s.is(k, '.') {
			return -1
		}
		if t.punct {
			continue
		}
		w := s.w(k)
		if n > 0 && s.in(k, streetSuffix) {
			end := k
			for s.in(end+1, streetSuffix) && s.toks[end+1].sp == 1 {
				end++ // "Maple Hollow Road"
			}
			k = end
			if s.is(k+1, '.') && s.toks[k+1].sp == 0 {
				end = k + 1
			}
			return s.unit(end)
		}
		if t.nd > 0 && !(n == 0 && t.na > 0) || s.in(k, stopLower) && w != "x" {
			return -1
		}
		n++
	}
	return -1
}

// unit extends a street over "Apt 4B", "#16", "Suite 200".
func (s *scanner) unit(end int) int {
	k := end + 1
	if s.is(k, ',') {
		k++
	}
	if s.in(k, unitWords) || s.is(k, '#') {
		j := k + 1
		if s.is(j, '.') || s.is(j, '#') {
			j++
		}
		if j < len(s.toks) && !s.toks[j].punct && s.toks[j].nd+s.toks[j].na <= 6 && (s.toks[j].nd > 0 || s.toks[j].na == 1) {
			return j
		}
	}
	return end
}

// cityStateZip extends an address over ", City, ST 01234-5678".
func (s *scanner) cityStateZip(end int) int {
	k := end + 1
	if s.is(k, ',') {
		k++
	}
	ce := s.town(k, false)
	if ce < k {
		if z := s.zipAt(k); z > 0 {
			return z
		}
		return end
	}
	end = ce
	k = end + 1
	if s.is(k, ',') {
		k++
	}
	if k < len(s.toks) && s.in(k, states) && s.toks[k].sp < 2 {
		end = k
		k++
		if s.is(k, '.') && s.toks[k].sp == 0 {
			k++
		}
		if z := s.zipAt(k); z > 0 {
			end = z
		}
	} else if z := s.zipAt(k); z > 0 {
		end = z
	}
	return end
}

// zipAt matches a ZIP or ZIP+4 at token k and returns its last token, or 0.
func (s *scanner) zipAt(k int) int {
	if k >= len(s.toks) || s.toks[k].nd != 5 || s.toks[k].na != 0 || s.toks[k].sp == 2 {
		return 0
	}
	if s.is(k+1, '-') && k+2 < len(s.toks) && s.toks[k+2].nd == 4 && s.toks[k+2].na == 0 {
		return k + 2
	}
	return k
}

// town matches one to three capitalised words (any case if lowerOK) that are
// not common words, organisations or states; it returns the last token or -1.
func (s *scanner) town(k int, lowerOK bool) int {
	end := -1
	for n := 0; n < 3 && k < len(s.toks); n, k = n+1, k+1 {
		t := s.toks[k]
		w := s.w(k)
		if t.punct || t.nd > 0 || t.sp == 2 || s.in(k, capStop) && !(n > 0 && s.in(k, streetSuffix)) || s.in(k, orgWords) || s.in(k, stopLower) ||
			s.in(k, deptWords) && !s.in(k, streetSuffix) ||
			(!lowerOK && !s.isUpperStart(k)) || (s.in(k, states) && len(w) == 2 && n > 0) || len(w) < 2 {
			break
		}
		end = k
	}
	return end
}

// facilityAddress reports "clinic address", "office address is" just before
// token i: the word "address" there names a facility's, not a person's.
func (s *scanner) facilityAddress(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.w(k) == "address" {
			return s.in(k-1, facilityWords) && !s.in(k-1, personalAddr)
		}
	}
	return false
}

// zipsNear labels the bare ZIP codes of the clauses around the word "zip" at
// token i, before or after it ("we have 01841-2207 as his zip", "zip? The
// portal says 01460 but the card says 01450"). Like a labelled ZIP, one with
// no personal word near is kept only if the message names someone.
func (s *scanner) zipsNear(i int) {
	personal := s.prevWordIn(i+1, personalAddr, 8)
	for k := max(i-6, 0); k < len(s.toks) && k <= i+12; k++ {
		if k == i+1 || k == i+2 && s.is(i+1, ':') {
			continue // the labelled ZIP right after the word: detectAddresses takes it
		}
		if s.toks[k].sp == 2 && k != i {
			if k < i {
				continue
			}
			break
		}
		z := s.zipAt(k)
		if z == 0 || s.toks[k].sp == 0 || z+1 < len(s.toks) && s.toks[z+1].sp == 0 && !s.toks[z+1].punct {
			continue
		}
		if c := s.b[s.toks[z].e-1]; z+1 < len(s.toks) && s.is(z+1, '-') || s.is(k-1, '$') || c < '0' || c > '9' {
			continue
		}
		if personal || s.prevWordIn(k, personalAddr, 8) {
			s.addTok(Address, k, z, priContext)
		} else {
			s.pendingPerson = append(s.pendingPerson, cand{t: Address, s: int(s.toks[k].s), e: int(s.toks[z].e), pri: priContext})
		}
		k = z
	}
}
