package phi

// Validators for identifiers that carry a check digit or structural rules.
// They run only where a shape alone would otherwise be ambiguous; a labelled
// value ("SSN 900-12-3456") is kept even when it fails, because a typo in a
// real number is still that person's number.

import "bytes"

// digitsOf appends the ASCII digits of b to dst[:0].
func digitsOf(dst, b []byte) []byte {
	out := dst[:0]
	for _, c := range b {
		if isDigit(c) {
			out = append(out, c)
		}
	}
	return out
}

func atoi(d []byte) int {
	n := 0
	for _, c := range d {
		if n > 1e9 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// validSSN applies the SSA rules: area not 000, 666 or 9xx; group not 00;
// serial not 0000.
func validSSN(d []byte) bool {
	if len(d) != 9 {
		return false
	}
	area, group, serial := atoi(d[:3]), atoi(d[3:5]), atoi(d[5:])
	return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

// validITIN checks an individual taxpayer identification number: area 9xx
// and a group of 50-65, 70-88, 90-92 or 94-99 (the IRS ranges; SSNs never
// start with 9).
func validITIN(d []byte) bool {
	if len(d) != 9 || d[0] != '9' {
		return false
	}
	g := atoi(d[3:5])
	return g >= 50 && g <= 65 || g >= 70 && g <= 88 || g >= 90 && g <= 92 || g >= 94
}

// luhn reports whether the digits pass the Luhn check used by payment cards.
func luhn(d []byte) bool {
	sum, dbl := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if dbl {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		dbl = !dbl
	}
	return len(d) > 0 && sum%10 == 0
}

// validDEA checks a DEA registration number: two letters, seven digits, the
// last being (d1+d3+d5 + 2*(d2+d4+d6)) mod 10.
func validDEA(v string) bool {
	if len(v) != 9 || !isLetter(v[0]) || !(isLetter(v[1]) || v[1] == '9') {
		return false
	}
	var d [7]int
	for i := 0; i < 7; i++ {
		c := v[2+i]
		if !isDigit(c) {
			return false
		}
		d[i] = int(c - '0')
	}
	return (d[0]+d[2]+d[4]+2*(d[1]+d[3]+d[5]))%10 == d[6]
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// validVIN checks a 17-character vehicle identification number: no I, O or Q,
// and the ISO 3779 check digit in position 9.
func validVIN(v string) bool {
	if len(v) != 17 {
		return false
	}
	weights := [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		n, ok := vinValue(v[i])
		if !ok {
			return false
		}
		sum += n * weights[i]
	}
	c := sum % 11
	want := byte('0' + c)
	if c == 10 {
		want = 'X'
	}
	return upper(v[8]) == want
}

// vinShape reports the shape of a VIN without its check digit: 17
// letters and digits, no I, O or Q, letters and digits both, and the last
// four digits (the serial number of every VIN since 1981).
func vinShape(v string) bool {
	if len(v) != 17 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < 17; i++ {
		c := upper(v[i])
		switch {
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q':
			letters++
			if i >= 13 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 5
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func vinValue(c byte) (int, bool) {
	c = upper(c)
	switch {
	case isDigit(c):
		return int(c - '0'), true
	case c >= 'A' && c <= 'H':
		return int(c-'A') + 1, true
	case c >= 'J' && c <= 'N':
		return int(c-'J') + 1, true
	case c == 'P':
		return 7, true
	case c == 'R':
		return 9, true
	case c >= 'S' && c <= 'Z':
		return int(c-'S') + 2, true
	}
	return 0, false
}

// validIPv4 checks four dotted octets in 0..255 without leading-zero padding
// beyond three digits.
func validIPv4(groups [][]byte) bool {
	if len(groups) != 4 {
		return false
	}
	for _, g := range groups {
		if len(g) == 0 || len(g) > 3 || atoi(g) > 255 {
			return false
		}
	}
	return true
}

// validNANP checks a 10-digit North American number (or 11 with a leading
// 1) against the numbering plan: area code and exchange start with 2-9, and
// the area code is no N11 service code.
func validNANP(d []byte) bool {
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) != 10 {
		return false
	}
	return d[0] >= '2' && d[3] >= '2' && !(d[1] == '1' && d[2] == '1')
}

// validNPI checks a ten-digit National Provider Identifier's check digit:
// the Luhn check over the digits after the prefix 80840 (the health
// industry's issuer number), as CMS defines it.
func validNPI(d []byte) bool {
	if len(d) != 10 {
		return false
	}
	var b [15]byte
	copy(b[:], "80840")
	copy(b[5:], d)
	return luhn(b[:])
}

// validIBAN checks an IBAN's country code, length and ISO 7064 mod-97
// check digits; v holds its letters and digits only.
func validIBAN(v []byte) bool {
	if len(v) < 15 || len(v) > 34 || !isLetter(v[0]) || !isLetter(v[1]) || !isDigit(v[2]) || !isDigit(v[3]) {
		return false
	}
	r := 0
	for i := 0; i < len(v); i++ {
		c := v[(i+4)%len(v)] // the first four characters move to the end
		switch {
		case isDigit(c):
			r = (r*10 + int(c-'0')) % 97
		case isLetter(c):
			x := int(upper(c)-'A') + 10
			r = (r*100 + x) % 97
		default:
			return false
		}
	}
	return r == 1
}

// validGTIN checks the GS1 mod-10 check digit of a 14-digit GTIN.
func validGTIN(d []byte) bool {
	if len(d) != 14 {
		return false
	}
	sum := 0
	for i := 0; i < 13; i++ {
		x := int(d[i] - '0')
		if i%2 == 0 {
			x *= 3
		}
		sum += x
	}
	return (10-sum%10)%10 == int(d[13]-'0')
}

// validMBIForm reports a Medicare Beneficiary Identifier written with or
// without the dashes of its printed form ("1EG4-TE5-MK73").
func validMBIForm(v []byte) bool {
	if len(v) == 13 && v[4] == '-' && v[8] == '-' {
		var b [11]byte
		copy(b[:4], v[:4])
		copy(b[4:7], v[5:8])
		copy(b[7:], v[9:])
		return validMBI(string(b[:]))
	}
	return len(v) == 11 && validMBI(string(v))
}

// otherGroups reports digit groups shaped like another type's value: a
// date ("12-03-2024", "2024-12-03", "12 03 24"), an SSN ("612 40 8819") or
// an address or version with dots ("203.0.113.77").
func otherGroups(v []byte) bool {
	var g [4]int
	n, dot := digitGroups(v, g[:], func(c byte) bool { return c == '.' })
	if dot {
		return true
	}
	if n != 3 {
		return false
	}
	return g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4) || g[0] == 4 && g[1] <= 2 && g[2] <= 2 ||
		g[0] == 3 && g[1] == 2 && g[2] == 4
}

// zipGroups reports a ZIP+4 ("02139-4411").
func zipGroups(v []byte) bool {
	return len(v) == 10 && v[5] == '-' && alnumCount(v) == 9 && isDigit(v[0]) && isDigit(v[9])
}

// monthDayShaped reports a month and day with slashes, with a year or
// not, or two joined by a dash: "4/24", "11/4/25", "4/24-4/26"
// (dateShaped reads the three-part dates of other separators).
func monthDayShaped(v []byte) bool {
	for part := range bytes.SplitSeq(v, []byte("-")) {
		f := bytes.Split(part, []byte("/"))
		if len(f) < 2 || len(f) > 3 {
			return false
		}
		m, okM := smallNum(f[0], 2)
		d, okD := smallNum(f[1], 2)
		if !okM || !okD || m < 1 || m > 12 || d < 1 || d > 31 {
			return false
		}
		if len(f) == 3 {
			if _, ok := smallNum(f[2], 4); !ok || len(f[2]) == 3 || len(f[2]) < 2 {
				return false
			}
		}
	}
	return true
}

// smallNum parses v as a number of one to max digits.
func smallNum(v []byte, max int) (int, bool) {
	if len(v) == 0 || len(v) > max {
		return 0, false
	}
	for _, c := range v {
		if !isDigit(c) {
			return 0, false
		}
	}
	return atoi(v), true
}

// dateShaped reports a value written as a calendar date: three parts
// joined by one separator ('/', '-' or '.'), numeric in month-day-year or
// ISO order, or with a month name ("25-Oct-2024", "Oct-25-2024").
func dateShaped(v []byte) bool {
	var part [3][]byte
	n, st := 0, 0
	var sep byte
	for k := 0; k <= len(v); k++ {
		if k < len(v) && v[k] != '/' && v[k] != '-' && v[k] != '.' {
			continue
		}
		if n == 3 || k == st || k < len(v) && sep != 0 && v[k] != sep {
			return false
		}
		if k < len(v) {
			sep = v[k]
		}
		part[n], n, st = v[st:k], n+1, k+1
	}
	if n != 3 {
		return false
	}
	num := func(p []byte) int {
		x := 0
		for _, c := range p {
			if !isDigit(c) {
				return -1
			}
			x = x*10 + int(c-'0')
		}
		return x
	}
	month := func(p []byte) int {
		if len(p) < 3 || len(p) > 9 {
			return -1
		}
		var buf [9]byte
		for i, c := range p {
			buf[i] = c | 0x20
		}
		m, ok := months[string(buf[:len(p)])]
		if !ok {
			return -1
		}
		return m
	}
	a, b, c := num(part[0]), num(part[1]), num(part[2])
	year := func(p []byte, y int) bool { return len(p) == 4 && y >= 1880 && y <= 2099 || len(p) == 2 && y >= 0 }
	switch {
	case a >= 0 && b >= 0 && c >= 0:
		if len(part[0]) == 4 {
			return validYMD(a, b, c)
		}
		return len(part[0]) <= 2 && len(part[1]) <= 2 && year(part[2], c) &&
			(a >= 1 && a <= 12 && b >= 1 && b <= 31 || b >= 1 && b <= 12 && a >= 1 && a <= 31)
	case a >= 0 && c >= 0 && month(part[1]) > 0:
		return len(part[0]) <= 2 && a >= 1 && a <= 31 && year(part[2], c)
	case b >= 0 && c >= 0 && month(part[0]) > 0:
		return len(part[1]) <= 2 && b >= 1 && b <= 31 && year(part[2], c)
	}
	return false
}

// digitGroups stores the lengths of v's runs of digits in g and returns
// how many there are (-1 when more than len(g)), or stops at the first
// byte other than a digit for which stop is true.
func digitGroups(v []byte, g []int, stop func(c byte) bool) (n int, stopped bool) {
	cur := 0
	for _, c := range v {
		switch {
		case isDigit(c):
			cur++
		case stop(c):
			return n, true
		case cur > 0:
			if n == len(g) {
				return -1, false
			}
			g[n], n, cur = cur, n+1, 0
		}
	}
	if cur > 0 {
		if n == len(g) {
			return -1, false
		}
		g[n], n = cur, n+1
	}
	return n, false
}

// phoneGroups reports digits grouped as a North American phone number:
// 3-3-4, or 1-3-3-4 with the country code ("617 555 0142", "1-617-555-0142").
func phoneGroups(v []byte) bool {
	var g [5]int
	n, letter := digitGroups(v, g[:], isAlnum)
	if letter {
		return false
	}
	return n == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4 || n == 4 && g[0] == 1 && g[1] == 3 && g[2] == 3 && g[3] == 4
}

// ssnGroups reports digits grouped as a social security number, 3-2-4
// ("912-78-4421", "912 78 4421").
func ssnGroups(v []byte) bool {
	var g [4]int
	n, letter := digitGroups(v, g[:], isLetter)
	return !letter && n == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4
}

// einGroups reports digits grouped as an employer identification number,
// 2-7 ("04-7720913").
func einGroups(v []byte) bool {
	var g [3]int
	n, letter := digitGroups(v, g[:], isLetter)
	return !letter && n == 2 && g[0] == 2 && g[1] == 7
}

// tollFree reports a North American toll-free number grouped as a phone
// ("800-555-0146", "1 888 555 0100"): no member id or account is written so.
func tollFree(v []byte) bool {
	if !phoneGroups(v) {
		return false
	}
	var d [11]byte
	n := 0
	for _, c := range v {
		if isDigit(c) && n < len(d) {
			d[n], n = c, n+1
		}
	}
	a := d[:3]
	if n == 11 {
		a = d[1:4]
	}
	return a[0] == '8' && a[1] == a[2] && a[1] >= '0' && a[1] <= '8' && a[1] != '1' && a[1] != '2' || string(a) == "800"
}

// fourFours reports sixteen digits in four groups of four ("5500 0055
// 5555 5559"): how a payment card is written, whatever its check digit.
func fourFours(v []byte) bool {
	var g [5]int
	n, letter := digitGroups(v, g[:], isLetter)
	return !letter && n == 4 && g[0] == 4 && g[1] == 4 && g[2] == 4 && g[3] == 4
}
