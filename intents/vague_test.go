package intents

import "testing"

// 2026-12-02 is a Wednesday.
const wedDec2 = "2026-12-02T10:00"

func TestThirdPersonNeedPointedBack(t *testing.T) {
	runTimeCases(t, []timeCase{
		{name: "She", now: wedDec2, text: "She needs the cost model by Friday. Can you pull it together?", field: "due", want: []string{"2026-12-04"}},
		{name: "He", now: wedDec2, text: "He needs the rota by Monday. Could you sort them out for him?", field: "due", want: []string{"2026-12-07"}},
	})
}
