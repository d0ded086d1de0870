package bot

import (
	"reflect"
	"testing"

	"github.com/delegatebot/delegatebot"
)

func TestTextf(t *testing.T) {
	inner := Textf("%s", delegatebot.Mention("UB"))
	got := Textf("%s told %s in %s: %d%%", delegatebot.Mention("UA"), inner, delegatebot.ChannelRef("C1"), 5)
	want := Text{{User: "UA"}, {Text: " told "}, {User: "UB"}, {Text: " in "}, {Channel: "C1"}, {Text: ": 5%"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Textf = %#v, want %#v", got, want)
	}
	if s := got.String(); s != "@UA told @UB in #C1: 5%" {
		t.Errorf("String() = %q", s)
	}
	if p := Textf("no refs %d", 1); !reflect.DeepEqual(p, Plain("no refs 1")) {
		t.Errorf("Textf without refs = %#v", p)
	}
}

// TestCleared: what the guard changed stays changed; a mention survives
// only when the guard left it exactly as it was.
func TestCleared(t *testing.T) {
	text := Textf("call %s about 617-555-0142", delegatebot.Mention("UA"))
	for _, tc := range []struct {
		name, cleared string
		want          Text
	}{
		{"Unchanged", "call @UA about 617-555-0142", text},
		{"LiteralRedacted", "call @UA about [PHONE]", Text{{Text: "call "}, {User: "UA"}, {Text: " about [PHONE]"}}},
		{"MentionRedacted", "call @[NAME] about [PHONE]", Text{{Text: "call @[NAME] about [PHONE]"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := text.cleared(tc.cleared); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("cleared = %#v, want %#v", got, tc.want)
			}
		})
	}
}
