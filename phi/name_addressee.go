package phi

// The addressee. A message that opens with a given name and a comma or a
// dash speaks to a colleague ("Lorraine, voicemail for Dr V from a
// patient's wife ...", "Jamal — the claim for ... came back"): the bot's
// users write to each other, not to patients. The opening name is blocked,
// so no later pass takes it for the patient the message is about. A
// number, a capitalised word or an age after the comma says otherwise
// ("Maria, 92, fell", "Dale, Rhiannon"), and so does a surname the census
// knows better than a given name.

// addressee blocks the given name a message opens with when it addresses
// the reader.
func (s *scanner) addressee() {
	if len(s.toks) > 2 && foreignGreetings[s.w(0)] && (s.is(1, ',') || s.is(1, '!')) {
		// "Selam, I'm ...", "Buongiorno, sono ...": a greeting, though
		// some are given names too
		s.add(blockType, int(s.toks[0].s), int(s.toks[0].e), priBlock)
		return
	}
	i := 0
	if len(s.toks) > 2 && greetings[s.w(0)] && !s.toks[1].punct {
		i = 1 // "hi Lorraine, ...", "thanks Jamal — ..."
	}
	if i+2 >= len(s.toks) || !s.isUpperStart(i) || s.toks[i].punct || s.toks[i].nd > 0 || s.b[s.toks[i].s] >= 0x80 {
		return
	}
	p := i + 1
	switch {
	case s.is(p, ',') && s.toks[p].sp == 0:
	case (s.is(p, '-') || s.lo[s.toks[p].s:s.toks[p].e] == "—") && s.toks[p].sp == 1:
	default:
		return
	}
	n := p + 1
	if t := s.toks[n]; t.punct || t.nd > 0 || s.isUpperStart(n) && !s.in(n, honorifics) || t.sp == 2 {
		return // (a title after the comma starts the message's subject: "Bethany, Mr. Kwon's check bounced")
	}
	if g := s.gz(i); !g.isGiven() || g.sur >= 3 && g.given < frequentGiven {
		return
	}
	s.add(blockType, int(s.toks[i].s), int(s.toks[i].e), priBlock)
}

// greetings open a message before the addressee's name.
var greetings = map[string]bool{"hi": true, "hey": true, "hello": true, "thanks": true, "thx": true, "morning": true,
	"ok": true, "okay": true, "sorry": true, "fyi": true}

// foreignGreetings open a message written in another language, or by a
// family member greeting in theirs.
var foreignGreetings = map[string]bool{"selam": true, "salam": true, "salaam": true, "shalom": true, "namaste": true,
	"bonjour": true, "bonsoir": true, "hola": true, "ciao": true, "buongiorno": true, "buonasera": true, "aloha": true,
	"salut": true, "merhaba": true, "hallo": true, "privet": true, "konnichiwa": true, "jambo": true, "sawubona": true,
	"olá": true, "ola": true, "annyeong": true, "annyeonghaseyo": true, "marhaba": true, "ahlan": true, "habari": true, "szia": true, "hej": true}
