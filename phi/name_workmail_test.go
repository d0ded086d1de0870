package phi

import "testing"

// A person whose e-mail address is at an organisation's domain is a contact
// at work, unless the message is about someone's family, a patient or an
// employee's own health; a consumer address, however spelt, still names a
// private person.
func TestWorkMail(t *testing.T) {
	runCases(t, []scanCase{
		{"VendorContact", "new courier contact: Benedikt Oyelowo, +1 603-555-0182, b.oyelowo@swiftlabcourier.com",
			[]want{{Phone, "+1 603-555-0182"}, {Email, "b.oyelowo@swiftlabcourier.com"}}},
		{"ForwardedHeader", "From: Marisela Quaye <mquaye@northpointortho.com>\nSubject: loaner trays for Thursday",
			[]want{{Email, "mquaye@northpointortho.com"}}},
		{"RelativeAtWork", "her son Tobiah Lindqvist asked for updates at tlindqvist@harborfreightlines.com",
			[]want{{Name, "Tobiah Lindqvist"}, {Email, "tlindqvist@harborfreightlines.com"}}},
		{"SpacedConsumerMail", "reply to Odessa Whitcombe (odessa88 @ verizon . net) that the refill is ready",
			[]want{{Name, "Odessa Whitcombe"}, {Email, "odessa88 @ verizon . net"}}},
		{"SpeltAtSign", "email Ysolde at ysolde63 [@] yahoo.com", []want{{Name, "Ysolde"}, {Email, "ysolde63 [@] yahoo.com"}}},
		{"SpeltAtWord", "email Ysolde at ysolde63(at)yahoo(dot)com", []want{{Name, "Ysolde"}, {Email, "ysolde63(at)yahoo(dot)com"}}},
	})
}

func TestMailParts(t *testing.T) {
	for in, want := range map[string][2]string{
		"ana@yahoo.com": {"ana", "yahoo.com"}, "ana63 [@] yahoo.com": {"ana63", "yahoo.com"},
		"cole(at)protonmail(dot)com": {"cole", "protonmail.com"}, "ana at yahoo dot com": {"ana", "yahoo.com"},
		"odessa88 @ verizon . net": {"odessa88", "verizon.net"},
	} {
		s := new(scanner)
		s.reset("write to " + in + " today")
		s.run()
		found := false
		for _, c := range s.cands {
			if c.t != Email {
				continue
			}
			found = true
			if local, domain, ok := s.mailParts(c); !ok || local != want[0] || domain != want[1] {
				t.Errorf("mailParts(%q) = %q, %q, %v, want %q, %q", in, local, domain, ok, want[0], want[1])
			}
		}
		if !found {
			t.Errorf("%q: no e-mail address found", in)
		}
	}
}

func TestMailDomain(t *testing.T) {
	for in, want := range map[string]string{
		"Verizon . net": "verizon.net", "comcast dot net": "comcast.net", "gmail[dot]com": "gmail.com",
		"bsci.com": "bsci.com", "localhost": "",
	} {
		if got := mailDomain(in); got != want {
			t.Errorf("mailDomain(%q) = %q, want %q", in, got, want)
		}
	}
	for d, want := range map[string]bool{"bsci.com": true, "gmail.com": false, "yahoo.co.uk": false, "example.org": false, "mail.example": false, "verizon . net": false} {
		if got := workMail(d); got != want {
			t.Errorf("workMail(%q) = %v, want %v", d, got, want)
		}
	}
}
