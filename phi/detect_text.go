package phi

import (
	"bytes"
	"net/netip"
	"strings"
)

// E-mail addresses (plain, Slack mailto markup, and "[at]"/" dot " spellings),
// URLs that identify a person, and IPv6 addresses.

func isLocalChar(c byte) bool {
	return isAlnum(c) && c < 0x80 || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
}

func isDomainChar(c byte) bool { return isAlnum(c) && c < 0x80 || c == '.' || c == '-' }

// detectEmails expands each '@' into the address around it, then looks for
// spelled-out ones.
func (s *scanner) detectEmails() {
	b := s.b
	for p := 0; p < len(b); p++ {
		if k := bytes.IndexByte(b[p:], '@'); k < 0 {
			break
		} else {
			p += k
		}
		q := p
		for q > 0 && isLocalChar(b[q-1]) {
			q--
		}
		for q < p && (b[q] == '.' || b[q] == '\'' || b[q] == '-') {
			q++
		}
		r := p + 1
		for r < len(b) && isDomainChar(b[r]) {
			r++
		}
		for r > p+1 && (b[r-1] == '.' || b[r-1] == '-') {
			r--
		}
		dom := s.lo[p+1 : r]
		dot := strings.LastIndexByte(dom, '.')
		if q == p || dot <= 0 || len(dom)-dot-1 < 2 || !allLetters(dom[dot+1:]) {
			continue
		}
		s.add(Email, q, r, priExact)
	}
	if s.mentions(atSet) || s.ats > 0 {
		s.detectObfuscatedEmails()
	}
}

func allLetters(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isLetter(v[i]) {
			return false
		}
	}
	return len(v) > 0
}

var tlds = words("com", "org", "net", "edu", "gov", "io", "us", "co", "uk", "ca", "info", "biz", "me",
	"health", "mail", "de", "fr", "au", "in", "mil", "ai", "app", "email", "care", "med", "ly", "tv", "ru", "cn", "nl")

// marker matches an obfuscation marker ("at", "[at]", "(dot)", "{at}") at
// token i and returns the index after it.
func (s *scanner) marker(i int, word string) (int, bool) {
	if s.w(i) == word {
		return i + 1, true
	}
	if (s.is(i, '[') || s.is(i, '(') || s.is(i, '{') || s.is(i, '<')) && s.w(i+1) == word &&
		(s.is(i+2, ']') || s.is(i+2, ')') || s.is(i+2, '}') || s.is(i+2, '>')) {
		return i + 3, true
	}
	if word == "at" && s.is(i, '@') {
		return i + 1, true
	}
	if word == "at" && (s.is(i, '[') || s.is(i, '(') || s.is(i, '{')) && s.is(i+1, '@') && (s.is(i+2, ']') || s.is(i+2, ')') || s.is(i+2, '}')) {
		return i + 3, true // "[@]"
	}
	if word == "dot" && s.is(i, '.') {
		return i + 1, true
	}
	return 0, false
}

// detectObfuscatedEmails finds "name at domain dot com" and bracketed forms.
func (s *scanner) detectObfuscatedEmails() {
	if !s.mentions(tlds) {
		return // no top-level domain word, no spelled-out address (the cheap test first)
	}
	for i := 1; i < len(s.toks); i++ {
		if !s.in(i, atSet) && !(s.toks[i].punct && s.toks[i].e < int32(len(s.b)) && (s.is(i, '@') || s.w(i+1) == "at" || s.is(i+1, '@'))) {
			continue
		}
		j, ok := s.marker(i, "at")
		if !ok || s.toks[i].sp == 0 && !s.toks[i].punct || s.toks[i-1].punct {
			continue
		}
		// domain: word (dot word)+, ending in a known top-level domain
		k, last, dots := j, -1, 0
		for k < len(s.toks) && !s.toks[k].punct && s.toks[k].sp < 2 {
			for k+2 < len(s.toks) && s.is(k+1, '-') && s.toks[k+1].sp == 0 && s.toks[k+2].sp == 0 && !s.toks[k+2].punct {
				k += 2 // "medpay-secure"
			}
			last = k
			n, ok := s.marker(k+1, "dot")
			if !ok || n >= len(s.toks) || s.toks[n].punct || s.is(k+1, '.') && s.toks[k+1].sp == 0 && s.toks[n].sp > 0 {
				break // (a full stop ends the address: "... at yahoo dot com. Her husband")
			}
			k, dots = n, dots+1
		}
		if last < 0 || last == j || dots == 0 || !s.in(last, tlds) {
			continue
		}
		// local part: tokens glued by . _ - + directly before the marker
		st := i - 1
		for st >= 2 && s.toks[st].sp == 0 && s.toks[st-1].punct && s.toks[st-1].sp == 0 && !s.toks[st-2].punct &&
			strings.IndexByte("._-+", s.b[s.toks[st-1].s]) >= 0 {
			st -= 2
		}
		// "john dot smith at ...": spelled dots inside the local part
		for st >= 2 {
			if n, ok := s.marker(st-1, "dot"); ok && n == st && !s.toks[st-1].punct && !s.toks[st-2].punct {
				st -= 2
				continue
			}
			if st >= 4 && s.is(st-1, ']') && s.w(st-2) == "dot" && (s.is(st-3, '[') || s.is(st-3, '(')) && !s.toks[st-4].punct {
				st -= 4
				continue
			}
			break
		}
		if st == i-1 && s.in(st, atSet) {
			continue // "the vendor group at @example.com": a domain, and the marker's word before it
		}
		s.addTok(Email, st, last, priExact)
		i = last
	}
}

var personalURL = []string{"patient", "mychart", "visit", "record", "chart", "portal", "member", "profile",
	"carepages", "caringbridge", "journal", "gofundme", "mrn", "pid=", "pt=", "person", "user", "update",
	"family", "obituar", "memorial", "results", "appointment", "bill", "/u/", "/users/", "/share/", "name=", "/statement",
	// a telehealth visit's room, and the sites that host one family's
	// fundraiser, meal rota or helpers' calendar
	"telehealth", "gofund.me", "mealtrain", "/trains/", "lotsahelpinghands", "givesendgo"}

var orgURL = []string{"board.", "intranet", "wiki.", "sharepoint", "zoom.", "teams.", "webex", "docs.",
	"drive.", "/packet", "-packet", "agenda", "minutes", "/policies", "/policy", "careers", "/news",
	"meet.", "calendar", "/intranet", "/hr/", "survey", "-policy", "/patients/", "/about", "/locations",
	"/services", "/find-a-", "/giving", "/donate", "/events", "/contact", "/visitors", "/visitor-",
	// code hosting and ticket trackers: issue and build numbers, not people
	"github.com", "gitlab.", "bitbucket.", "atlassian.net", "/browse/", "/issues/", "/pull/", "/merge_requests/",
	"servicenow", "/ticket", "/builds/", "/releases/", "/commit/",
	"pay-my-bill", "paymybill"} // the public payment page

// detectURLs labels URLs that point at a person (portal, visit or update
// pages, ids in the path) and blocks the rest so their digits stay quiet.
func (s *scanner) detectURLs() {
	lo := s.lo
	for p := 0; p < len(lo); {
		i := strings.Index(lo[p:], "http")
		j := strings.Index(lo[p:], "www.")
		if i < 0 && j < 0 {
			return
		}
		if i < 0 || (j >= 0 && j < i) {
			i = j
		}
		st := p + i
		if st > 0 && isAlnum(lo[st-1]) || !(hasPrefixAt(lo, st, "http://") || hasPrefixAt(lo, st, "https://") || hasPrefixAt(lo, st, "www.")) {
			p = st + 4
			continue
		}
		en := st
		for en < len(lo) && !isSpace(lo[en]) && strings.IndexByte("<>|\"`", lo[en]) < 0 {
			en++
		}
		for en > st && strings.IndexByte(".,;:!?)]*_'", lo[en-1]) >= 0 {
			en--
		}
		p = en + 1
		s.judgeURL(st, en)
	}
}

// personalQuery keys name a patient in any URL, a meeting link's included.
var personalQuery = []string{"pt=", "pid=", "patientid=", "patient_id=", "mrn=", "patient=", "baby=", "child=", "resident="}

func (s *scanner) judgeURL(st, en int) {
	u := s.lo[st:en]
	if orgPage(u) {
		s.add(blockType, st, en, priExact) // "https://mychart.bayside.org", "boardportal.example.org/meetings/2026-03"
		return
	}
	if containsAny(u, personalURL) && !containsAny(u, orgURL) || digitRunIn(u, 5) || containsAny(u, personalQuery) ||
		idSegmentUnder(u, "/patients/") || (s.health || s.someonesDevice()) && !containsAny(u, orgURL) && nameSlug(u) ||
		!containsAny(u, orgURL) && numberedSlug(u) {
		s.add(URL, st, en, priExact)
	} else {
		s.add(blockType, st, en, priExact)
	}
}

// orgPage reports a URL that can name no one: no query or fragment, and a
// path (if any) of everyday words and dates only: a portal's front page
// ("https://mychart.bayside.org"), a section of a site
// ("mychart.example.org/schedule", "boardportal.example.org/meetings/2026-03").
// A patient's page carries an id, a name or a token somewhere.
func orgPage(u string) bool {
	if strings.ContainsAny(u, "?#=&%@") {
		return false
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	k := strings.IndexByte(u, '/')
	if k < 0 {
		return true // the host alone
	}
	for _, seg := range strings.Split(strings.TrimRight(u[k+1:], "/"), "/") {
		if seg == "" || len(seg) <= 4 && allDigits(seg) || len(seg) <= 10 && strings.Count(seg, "-") >= 1 && len(seg) >= 7 &&
			strings.Trim(seg, "0123456789-") == "" && allDigits(seg[:4]) {
			continue // a year or a month: "2026", "2026-03", "2026-03-14"
		}
		for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
			if g := gazetteer().lookup(w); !g.isWord() || g.given > 0 && !g.isCommonWord() || w == "html" {
				return false
			}
		}
	}
	return true
}

// nameSlug reports a URL whose last path segment is a person's name:
// "/trains/ana-souza", "/visit/li_wei", two or three parts that are given
// names or surnames (or no words at all), at least one of them listed and
// none an everyday word.
func nameSlug(u string) bool {
	u, k := lastSegment(u)
	if k < 0 || strings.Count(u[:k], "/") < 3 && !strings.HasPrefix(u, "www.") && !containsAny(u, socialHosts) {
		return false // no path after the host
	}
	seg := u[k+1:]
	parts, named, rare := 0, false, false
	for len(seg) > 0 {
		n := strings.IndexAny(seg, "-_.")
		if n < 0 {
			n = len(seg)
		}
		w := seg[:n]
		if n == len(seg) && parts >= 2 && len(w) <= 4 && allDigits(w) {
			break // a number that tells two namesakes apart or a birth year: "ana-souza-77", "van-nguyen-1931"
		}
		if len(w) < 2 || parts == 3 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
		if !nameParticles[w] {
			g := gazetteer().lookup(w)
			// an everyday word only as a frequent surname ("jones",
			// "brown"), beside a part that is no everyday word
			if g.isCommonWord() && g.sur < 3 || g.isWord() && !g.isGiven() && g.sur == 0 {
				return false
			}
			named = named || g.isGiven() || g.sur > 0
			rare = rare || !g.isCommonWord()
		}
		parts++
		if n == len(seg) {
			break
		}
		seg = seg[n+1:]
	}
	return parts >= 2 && named && rare
}

// lastSegment drops a link's query, fragment and trailing slashes and
// returns what is left with the offset of its last slash (-1 for none):
// the last path segment is u[k+1:].
func lastSegment(u string) (string, int) {
	if q := strings.IndexAny(u, "?#"); q >= 0 {
		u = u[:q]
	}
	u = strings.TrimRight(u, "/")
	return u, strings.LastIndexByte(u, '/')
}

// nameParticles join the parts of a surname: "van-nguyen", "da-silva".
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "da": true, "del": true, "della": true,
	"di": true, "du": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true, "st": true, "mc": true}

// socialHosts put one person's profile right under the host:
// "facebook.com/ana.souza.77".
var socialHosts = []string{"facebook.com/", "instagram.com/", "tiktok.com/@", "twitter.com/", "//x.com/", "threads.net/@"}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return len(w) > 0
}

// detectBareURLs finds host names written without a scheme but with a path
// ("mychart.example.org/visit/123"): a top-level-domain word after a dot and
// directly followed by '/'. A bare host with no path identifies no one.
func (s *scanner) detectBareURLs() {
	lo := s.lo
	for i := 2; i < len(s.toks); i++ {
		t := s.toks[i]
		if !s.in(i, tldSet) || t.sp != 0 || !s.is(i-1, '.') || int(t.e) >= len(lo) || lo[t.e] != '/' {
			continue
		}
		st := int(s.toks[i-1].s)
		for st > 0 && isDomainChar(lo[st-1]) {
			st--
		}
		if st > 0 && (lo[st-1] == '@' || lo[st-1] == '/' || isAlnum(lo[st-1])) || st == int(s.toks[i-1].s) {
			continue // part of an e-mail or a URL with a scheme, or no host label
		}
		en := int(t.e)
		for en < len(lo) && !isSpace(lo[en]) && strings.IndexByte("<>|\"`", lo[en]) < 0 {
			en++
		}
		for en > st && strings.IndexByte(".,;:!?)]*_'", lo[en-1]) >= 0 {
			en--
		}
		s.judgeURL(st, en)
	}
}

func containsAny(u string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(u, x) {
			return true
		}
	}
	return false
}

// digitRunIn reports a run of at least n digits in the path or query of u
// (an id), ignoring the host.
func digitRunIn(u string, n int) bool {
	if i := strings.Index(u, "//"); i >= 0 {
		u = u[i+2:]
	}
	i := strings.IndexByte(u, '/')
	if i < 0 {
		return false
	}
	run := 0
	for k := i; k < len(u); k++ {
		if isDigit(u[k]) {
			run++
			if run >= n {
				return !containsAny(u, orgURL)
			}
		} else {
			run = 0
		}
	}
	return false
}

// idSegmentUnder reports a path segment of six digits or more right after
// dir: "/patients/703504863/results" is one patient's page, where
// "/patients/visitors" is the public one.
func idSegmentUnder(u, dir string) bool {
	i := strings.Index(u, dir)
	if i < 0 {
		return false
	}
	n := 0
	for k := i + len(dir); k < len(u) && u[k] != '/' && u[k] != '?'; k++ {
		if !isDigit(u[k]) {
			return false
		}
		n++
	}
	return n >= 6
}

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// detectIPv6 validates colon-separated hex runs with net/netip.
// v6Class classes bytes for detectIPv6, by table: what may start an
// address, what may not come before one, what may be in one.
var v6Class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if isHex(b) || b == ':' {
			t[c] |= v6Start
		}
		if isAlnum(b) || b == ':' {
			t[c] |= v6Word
		}
		if isHex(b) || b == ':' || b == '.' {
			t[c] |= v6Body
		}
	}
	return
}()

const (
	v6Start = 1 << iota
	v6Word
	v6Body
)

func (s *scanner) detectIPv6() {
	b := s.b
	for p := 0; p < len(b); p++ {
		if v6Class[b[p]]&v6Start == 0 || (p > 0 && v6Class[b[p-1]]&v6Word != 0) {
			continue
		}
		q, colons := p, 0
		for q < len(b) && v6Class[b[q]]&v6Body != 0 && q-p < 60 {
			if b[q] == ':' {
				colons++
			}
			q++
		}
		for q > p && (b[q-1] == '.' || b[q-1] == ':' && !(q-2 >= p && b[q-2] == ':')) {
			q--
		}
		if colons < 2 || (q < len(b) && isAlnum(b[q])) {
			p = q
			continue
		}
		v := string(b[p:q])
		if a, err := netip.ParseAddr(v); err == nil && a.Is6() && (strings.Contains(v, "::") || colons == 7) {
			if q+1 < len(b) && b[q] == '%' && isAlnum(b[q+1]) {
				for q++; q < len(b) && (isAlnum(b[q]) || b[q] == '.' || b[q] == '_'); q++ {
				} // a zone: "fe80::1%eth0"
			}
			s.add(IPAddress, p, q, priLabel) // above an organisation's label, as IPv4 (detect_num.go)
		}
		p = q
	}
}

// urlPath returns the path, query and fragment of a link, or "".
func urlPath(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	k := strings.IndexByte(u, '/')
	if k <= 0 || strings.IndexByte(u[:k], '.') < 0 {
		return ""
	}
	return u[k+1:]
}

// namedURLs makes a personal link of a link judged no one's whose path
// holds a word of a name found in the message ("Marguerite Okonkwo's visit
// summary: https://tele.example.org/join/okonkwom4410"): a word of four
// letters or more that is no everyday word.
func (s *scanner) namedURLs() {
	if len(s.names) == 0 {
		return
	}
	for k := range s.cands {
		c := &s.cands[k]
		if c.t != blockType {
			continue
		}
		u := s.lo[c.s:c.e]
		if strings.IndexByte(u, ' ') >= 0 {
			continue
		}
		p := urlPath(u)
		if sub := urlSubdomain(u); sub != "" {
			p = sub + "/" + p // a page of its own on a host: "anaruizupdates.blogspot.com"
		}
		if p == "" {
			continue
		}
		for _, nm := range s.names {
			if nameInPath(s.lo[nm.s:nm.e], p) {
				c.t = URL
				setBit(s.idEnds, c.e)
				break
			}
		}
	}
}

// nameInPath reports a word of the folded name inside the link's path p:
// of four letters or more anywhere, of three at the start of a segment
// ("/v/junmacaraeg42" for "Jun"); no everyday word.
func nameInPath(name, p string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) < 3 || gazetteer().lookup(w).isCommonWord() {
			continue
		}
		if len(w) >= 4 && strings.Contains(p, w) || strings.HasPrefix(p, w) || strings.Contains(p, "/"+w) || strings.Contains(p, "-"+w) {
			return true
		}
	}
	return false
}

// urlSubdomain returns the first label of a link's host when the host has
// three labels or more and the first is no "www" ("anaruizupdates" of
// "anaruizupdates.blogspot.com"), or "".
func urlSubdomain(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if k := strings.IndexAny(u, "/?#"); k >= 0 {
		u = u[:k]
	}
	if strings.Count(u, ".") < 2 {
		return ""
	}
	first := u[:strings.IndexByte(u, '.')]
	if first == "www" {
		return ""
	}
	return first
}

// numberedSlug reports a link whose last path segment is a name and a
// number ("/v/nakashimat331", "/room/abernathy-7702", "/trains/aliyahgrant63"):
// words that are given names or surnames, or two names run together, and
// none an everyday word, then two to four digits that tell namesakes
// apart.
func numberedSlug(u string) bool {
	u, k := lastSegment(u)
	if k < 0 || urlPath(u) == "" {
		return false
	}
	seg := u[k+1:]
	d := len(seg)
	for d > 0 && isDigit(seg[d-1]) {
		d--
	}
	if len(seg)-d < 2 || len(seg)-d > 4 || d == 0 {
		return false
	}
	head := strings.TrimRight(seg[:d], "-_.")
	if head == "" {
		return false
	}
	named := false
	for _, w := range strings.FieldsFunc(head, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
		if len(w) < 4 {
			if nameParticles[w] {
				continue
			}
			return false
		}
		g := gazetteer().lookup(w)
		if g.isCommonWord() && !(g.sur >= 3 || g.isGiven()) {
			return false
		}
		named = named || g.isGiven() || g.sur > 0 || !g.isWord() && gluedNames(w)
	}
	return named
}

// gluedNames reports a word that is two names run together ("yelenagoldberg")
// or a surname and an initial ("powellr").
func gluedNames(w string) bool {
	gz := gazetteer()
	name := func(x string) bool {
		g := gz.lookup(x)
		return (g.isGiven() || g.sur > 0) && !g.isCommonWord()
	}
	if len(w) >= 5 && gz.lookup(w[:len(w)-1]).sur > 0 && !gz.lookup(w[:len(w)-1]).isCommonWord() {
		return true
	}
	for i := 3; i+3 <= len(w); i++ {
		if name(w[:i]) && name(w[i:]) {
			return true
		}
	}
	return false
}
