package phi

// Identifiers with a registry format of their own: GS1 UDIs of medical
// devices (a GTIN with a valid check digit, then application identifiers
// for expiry, lot and serial) and IBANs (mod-97 check digits).

// detectUDI finds "(01)08611148936438(17)270630(21)A7712904" and the spaced
// human-readable form "01 08611148936438 17 270630 21 A7712904".
func (s *scanner) detectUDI() {
	for i := 0; i+1 < len(s.toks); i++ {
		if t := s.toks[i]; t.nd != 2 || t.e-t.s != 2 || s.w(i) != "01" { // (the cheap tests first)
			continue
		}
		st := int(s.toks[i].s)
		paren := s.is(i-1, '(') && s.is(i+1, ')')
		g := i + 1
		if paren {
			st, g = int(s.toks[i-1].s), i+2
		}
		if g >= len(s.toks) || s.toks[g].nd < 14 {
			continue
		}
		gt := s.b[s.toks[g].s:s.toks[g].e]
		// (a GTIN whose check digit fails is still a UDI when bracketed
		// application identifiers go on after it: "(01)...(17)...(21)...",
		// a shape nothing else has; a slip in one digit leaves it the
		// device's)
		structured := paren && s.is(g+1, '(') && s.toks[g+1].sp == 0 && gs1AI(s.w(g+2)) && s.is(g+3, ')')
		if len(gt) < 14 || !validGTIN(gt[:14]) && !structured {
			continue
		}
		end := g
		// application identifiers and their values: (17) expiry, (10) lot,
		// (21) serial, (11) production date
		for k := g + 1; k+1 < len(s.toks); {
			ai := k
			if paren {
				if !s.is(k, '(') || k+3 >= len(s.toks) || !s.is(k+2, ')') || s.toks[k].sp > 0 {
					break
				}
				ai = k + 1
			}
			if !gs1AI(s.w(ai)) {
				break
			}
			v := ai + 1
			if paren {
				v = ai + 2
			}
			if v >= len(s.toks) || s.toks[v].punct || !paren && s.toks[v].sp != 1 {
				break
			}
			last := v
			for last+2 < len(s.toks) && s.is(last+1, '-') && s.toks[last+1].sp == 0 && s.toks[last+2].sp == 0 && !s.toks[last+2].punct {
				last += 2 // "PX-44812-Q"
			}
			end, k = last, last+1
		}
		s.add(DeviceID, st, int(s.toks[end].e), priLabel)
		i = end
	}
}

// gs1AI reports a GS1 application identifier a UDI carries: lot (10),
// production date (11), expiry (17), serial (21), count (30), extra ids.
func gs1AI(w string) bool {
	switch w {
	case "10", "11", "17", "21", "30", "240", "7003":
		return true
	}
	return false
}

// detectIBAN finds IBANs written whole or in groups of four:
// "DE88 0033 9075 7938 3470 17".
func (s *scanner) detectIBAN() {
	for i := range s.toks {
		t := s.toks[i]
		if t.punct || t.na < 2 || t.nd < 2 || !isLetter(s.b[t.s]) || !isLetter(s.b[t.s+1]) || !isDigit(s.b[t.s+2]) {
			continue
		}
		// gather the token and the groups that follow it
		var buf [40]byte
		v := append(buf[:0], s.b[t.s:t.e]...)
		best, end := -1, i
		if validIBAN(v) {
			best = i
		}
		for k := i + 1; k < len(s.toks) && len(v) < 34; k++ {
			nt := s.toks[k]
			if nt.punct || nt.sp != 1 || nt.e-nt.s > 4 || len(v)+int(nt.e-nt.s) > 34 {
				break
			}
			v = append(v, s.b[nt.s:nt.e]...)
			end = k
			if validIBAN(v) {
				best = end
			}
		}
		if best < 0 && s.prevWordIn(i, ibanWords, 2) {
			best = s.ibanShape(i) // after its label an IBAN with a wrong check digit is still someone's account
		}
		if best >= 0 {
			s.addTok(AccountNumber, i, best, priLabel)
		}
	}
}

var ibanWords = words("iban")

// ibanShape returns the last token of an IBAN-shaped value from token i
// (a country code and two digits, then letters and digits, 15 to 34 of
// them, whole or in upper-case groups of four), or -1.
func (s *scanner) ibanShape(i int) int {
	n, end := int(s.toks[i].e-s.toks[i].s), i
	for k := i + 1; k < len(s.toks) && n < 34; k++ {
		t := s.toks[k]
		if t.punct || t.sp != 1 || t.e-t.s > 4 || !isUpperTok(s.b[t.s:t.e]) || n+int(t.e-t.s) > 34 {
			break
		}
		n, end = n+int(t.e-t.s), k
	}
	if n < 15 || n > 34 {
		return -1
	}
	return end
}
