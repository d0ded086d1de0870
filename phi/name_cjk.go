package phi

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// Names in Han, Kana and Hangul text. Chinese and Japanese write no space
// between words, so the name pass, which reads tokens, cannot see "王小明"
// in "患者王小明明天出院"; Korean separates words but a name's honorific
// ("씨", "님") is often glued to it. This pass reads the characters: a
// surname of the language's list (phi/gazetteer/cjk_surname.txt, from
// faker's zh, ko and ja locales) followed by a given name of one or two
// characters, where a patient or kinship word comes right before it
// ("患者", "病人", "母亲", "환자", "어머니") or an honorific right after it
// ("王先生", "田中花子さん", "김민준 씨").

//go:embed gazetteer/cjk_surname.txt
var cjkSurnameList string

// cjk language bits of a surname
const (
	cjkZh = 1 << iota
	cjkKo
	cjkJa
)

// cjkSurnames indexes the list on first use (only a message with Han,
// Kana or Hangul needs it).
var cjkSurnames = sync.OnceValue(func() map[string]uint8 {
	m := make(map[string]uint8)
	for _, line := range strings.Split(cjkSurnameList, "\n") {
		lang, name, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		switch lang {
		case "zh":
			m[name] |= cjkZh
		case "ko":
			m[name] |= cjkKo
		case "ja":
			m[name] |= cjkJa
		}
	}
	return m
})

// cjkCues come right before a patient's or a relative's name: patient and
// name labels, kinship words (simplified and traditional Chinese,
// Japanese, Korean).
var cjkCues = []string{
	"患者", "病人", "病患", "姓名", "名字", "家属", "家屬",
	"母亲", "母親", "妈妈", "媽媽", "父亲", "父親", "爸爸", "儿子", "兒子", "女儿", "女兒", "丈夫", "妻子", "老公", "老婆",
	"奶奶", "爷爷", "爺爺", "外婆", "外公", "姐姐", "妹妹", "哥哥", "弟弟", "孙子", "孫子", "孙女", "孫女",
	"氏名", "息子", "娘", "母", "父", "夫", "妻",
	"환자", "어머니", "아버지", "엄마", "아빠", "딸", "아들", "남편", "아내", "할머니", "할아버지", "성함", "이름",
}

// cjkHonorifics come right after a name: Chinese forms of address,
// Japanese and Korean honorifics.
// ("님" is left out: it follows roles as often, "선생님"; so is "先生" in
// Japanese text, where it is a doctor's or a teacher's title)
var cjkHonorifics = []string{"先生", "女士", "小姐", "太太", "阿姨", "さん", "さま", "様", "氏", "ちゃん", "くん", "씨"}

// cjkStops are characters that start the words after a name rather than
// continue it: particles, verbs and time words ("患者王明今天出院").
const cjkStops = "的了在是和与及于被将从到给也都就还又请您你我他她它们已要说住出入因电年月日号岁病床院科室医生护士说话电话手机生日出生的地得与和、，。：；！？（）"

// cjkAfter are words that follow a name and whose first character could
// be taken for a given name's: "明天" tomorrow, "出院" discharged.
var cjkAfter = []string{"明天", "今天", "昨天", "上午", "下午", "晚上", "早上", "出院", "入院", "住院", "电话", "電話", "手机",
	"生日", "出生", "先生", "女士", "小姐", "太太", "医生", "醫生", "护士", "病房", "需要", "要求", "已经", "已經"}

func isHan(r rune) bool    { return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf }
func isHangul(r rune) bool { return r >= 0xac00 && r <= 0xd7a3 }
func isKana(r rune) bool   { return r >= 0x3040 && r <= 0x30ff }

// hasCJK reports a byte that starts a character of Kana, Han or Hangul
// (UTF-8 lead bytes 0xE3 to 0xED): the pass's prefilter.
func hasCJK(b []byte) bool {
	for _, c := range b {
		if c >= 0xe3 && c <= 0xed {
			return true
		}
	}
	return false
}

// detectCJKNames adds the names it reads at priScript, which wins an
// overlap with a name the token passes ran on past the name ("환자 김민준
// 씨 내일 퇴원합니다").
func (s *scanner) detectCJKNames() {
	b := s.b
	for p := 0; p < len(b); {
		r, n := utf8.DecodeRune(b[p:])
		if !isHan(r) && !isHangul(r) && !isKana(r) {
			p += n
			continue
		}
		if e := s.cjkCueName(p); e > p {
			p = e
			continue
		}
		p += n
	}
	kana := false
	for _, r := range s.lo {
		kana = kana || isKana(r)
	}
	for _, h := range cjkHonorifics {
		if h == "先生" && kana {
			continue
		}
		for from := 0; ; {
			k := strings.Index(s.lo[from:], h)
			if k < 0 {
				break
			}
			k += from
			s.cjkNameBefore(k, h)
			from = k + len(h)
		}
	}
}

// cjkCueName reads a cue at byte p and the name right after it (after a
// colon or a space at most); it returns the name's end, or p.
func (s *scanner) cjkCueName(p int) int {
	b := s.lo
	for _, c := range cjkCues {
		if !strings.HasPrefix(b[p:], c) {
			continue
		}
		q := p + len(c)
		if utf8.RuneLen(firstRune(c)) == len(c) && !cjkCueAlone(b, p, q) {
			continue // a one-character cue ("母", "娘") only as a word of its own
		}
		q = skipCJKSep(b, q)
		if e := s.cjkName(q, true); e > q {
			s.addScriptName(q, e)
			return e
		}
		return q
	}
	return p
}

// cjkCueAlone reports a one-character cue between p and q that stands as a
// word: set off by a non-CJK character or a colon before the name.
func cjkCueAlone(b string, p, q int) bool {
	before := p == 0
	if !before {
		r, _ := utf8.DecodeLastRuneInString(b[:p])
		before = !isHan(r) && !isKana(r) && !isHangul(r)
	}
	if !before {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b[q:])
	return r == ':' || r == '：' || r == ' '
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// skipCJKSep skips a colon, a space or an ideographic space after a cue.
func skipCJKSep(b string, q int) int {
	for n := 0; n < 2 && q < len(b); n++ {
		r, w := utf8.DecodeRuneInString(b[q:])
		if r != ':' && r != '：' && r != ' ' && r != '\u3000' {
			break
		}
		q += w
	}
	return q
}

// cjkName reads a name at byte q: a listed surname and one or two given
// characters (Han), or a Hangul word of two to four syllables starting
// with a Korean surname. It returns the name's end, or q.
func (s *scanner) cjkName(q int, needGiven bool) int {
	b := s.lo
	r, w := utf8.DecodeRuneInString(b[q:])
	if isHangul(r) {
		e, n := q, 0
		for e < len(b) {
			r, w := utf8.DecodeRuneInString(b[e:])
			if !isHangul(r) {
				break
			}
			e, n = e+w, n+1
		}
		if n < 2 || n > 4 || cjkSurnames()[b[q:q+w]]&cjkKo == 0 {
			return q
		}
		for _, h := range cjkHonorifics {
			if strings.HasSuffix(b[q:e], h) && n > 2 {
				e -= len(h) // "김민준씨"
				break
			}
		}
		return e
	}
	if !isHan(r) {
		return q
	}
	// the surname: two characters first ("上官", "田中"), then one
	e := q
	if r2, w2 := utf8.DecodeRuneInString(b[q+w:]); isHan(r2) && cjkSurnames()[b[q:q+w+w2]] != 0 {
		e = q + w + w2
	} else if cjkSurnames()[b[q:q+w]]&(cjkZh|cjkJa) != 0 {
		e = q + w
	} else {
		return q
	}
	// the given name: one or two characters, not the start of what follows
	g := 0
	for g < 2 && e < len(b) {
		if g == 1 && hasAnyPrefix(b[e:], cjkAfter) {
			break
		}
		r, w := utf8.DecodeRuneInString(b[e:])
		if !isHan(r) || strings.ContainsRune(cjkStops, r) && g > 0 || g == 0 && hasAnyPrefix(b[e:], cjkAfter) {
			break
		}
		e, g = e+w, g+1
	}
	if g == 0 && needGiven {
		return q
	}
	return e
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// cjkNameBefore reads the name right before the honorific h at byte k:
// "王先生" (a surname alone), "田中花子さん", "김민준 씨".
func (s *scanner) cjkNameBefore(k int, h string) {
	b := s.lo
	end := k
	if hr := firstRune(h); isHangul(hr) && end > 0 && b[end-1] == ' ' {
		end-- // "김민준 씨"
	}
	// walk back over up to four characters of the honorific's script
	st, n := end, 0
	for st > 0 && n < 4 {
		r, w := utf8.DecodeLastRuneInString(b[:st])
		if !(isHan(r) || isHangul(r) && isHangul(firstRune(h))) {
			break
		}
		st, n = st-w, n+1
	}
	// the earliest start whose reading ends at the honorific
	for p := st; p < end; {
		if e := s.cjkName(p, false); e == end {
			s.addScriptName(p, end)
			return
		}
		_, w := utf8.DecodeRuneInString(b[p:])
		p += w
	}
}

// addScriptName adds a name read by characters, for the passes after the
// name pass too (towns and identifiers after a name).
func (s *scanner) addScriptName(st, en int) {
	s.add(Name, st, en, priScript)
	s.names = append(s.names, cand{t: Name, s: st, e: en})
}
