package intents

import "testing"

// TestAskPeopleAndSubject covers the people and subject of the ask in the
// shapes the blind corpus showed to be common, with phrasings written for
// this test: pronouns pointing back, set-up sentences, lists ending with the
// writer, appositive names, name particles, possessive roles, a second ask
// in the same sentence, fronted topics and the gist of replies.
func TestAskPeopleAndSubject(t *testing.T) {
	cases := []struct {
		name, text, subject string
		people              []string
	}{
		{"PronounPointsBack", "Dr. Halvorsen and Tomasz Wierzbicki own the sterile processing backlog. Could you book 45 minutes with them on Monday?", "", []string{"Dr. Halvorsen", "Tomasz Wierzbicki"}},
		{"PossessivePronounPointsBack", "Dr. Quintero is in Lisbon all week. Please cancel her Tuesday 9am huddle.", "huddle", []string{"Dr. Quintero"}},
		{"SetUpSentence", "I'd like to walk the chief nursing officer and the wound care lead through the pressure injury data. Could you find an hour Thursday?", "", []string{"chief nursing officer", "wound care lead"}},
		{"RelayedWish", "The CFO wants 15 minutes before the audit committee. Find something Monday morning.", "", []string{"CFO"}},
		{"NoPeopleFromBackgroundOnly", "Rosalind says the survey results are late. Could we push the patient experience council to next week?", "patient experience council", nil},
		{"ListEndingWithWriter", "Tavita, Ingrid and I need to sit down about the float pool", "float pool", []string{"Tavita", "Ingrid"}},
		{"AppositiveName", "set up a check-in with my new scheduler, Marguerite, on Friday at 10", "check-in", []string{"Marguerite"}},
		{"NameParticles", "get Dr. O'Hara and Ms. van der Berg on a call tomorrow", "", []string{"Dr. O'Hara", "Ms. van der Berg"}},
		{"SpanishTitle", "move my call with Sra. Villalobos to Thursday", "call", []string{"Sra. Villalobos"}},
		{"ReverendTitle", "find an hour for Rev. Abernathy and the hospice chaplains next week about the memorial service", "memorial service", []string{"Rev. Abernathy", "hospice chaplains"}},
		{"PossessiveRole", "make sure I don't miss the COO's staffing call at 2:15", "COO's staffing call", []string{"COO"}},
		{"ExecutiveBeforeMeeting", "did you ever get the CMO meeting moved?", "CMO meeting", []string{"CMO"}},
		{"RoleBeforeCant", "the cno can't make wednesday's quality huddle, please move it to thursday", "quality huddle", []string{"cno"}},
		{"SecondAskPeopleAreNotTheFirsts", "cancel my 1:1 with Dr. Esposito on Monday, and email the pharmacists about the recall", "1:1", []string{"Dr. Esposito"}},
		{"CcStaysWithTheMessage", "reply to the Humana rep about the denials, cc our GC", "denials", []string{"Humana rep", "GC"}},
		{"RoleAsDescription", "draft the announcement naming Dr. Achebe as interim CNO", "announcement naming", []string{"Dr. Achebe"}},
		{"ShoutedDepartmentIsNoName", "send the staffing grid to HR and Farida", "staffing grid", []string{"Farida"}},
		{"PluralWeekdayIsNoName", "move my Friday sync with Oksana to Tuesdays", "sync", []string{"Oksana"}},
		{"GivenNameAfterFor", "did the retirement card for Philippa go out?", "retirement card", []string{"Philippa"}},
		{"GivenNameAfterEmailFrom", "answer the email from Jorge about the parking passes", "parking passes", []string{"Jorge"}},
		{"LowerCaseList", "set up coffee with oluwaseun and bartek next week", "coffee", []string{"oluwaseun", "bartek"}},
		{"ShorthandAnd", "cn u set up a mtg w/ priya n marcus tmrw", "mtg", []string{"priya", "marcus"}},
		{"RoomNumberPlace", "remind me in 20 min to call the family in room 318 about discharge", "discharge", []string{"family in room 318"}},
		{"FrontedTopic", "The infusion center ribbon cutting, we need to move it to the 14th", "infusion center ribbon cutting", nil},
		{"FrontedTopicBeforeNeeds", "The nurse residency steering group needs to move to next Wednesday", "nurse residency steering group", nil},
		{"PronounBeforeArticle", "the capital planning thing on friday, can we make it the following monday", "capital planning thing", nil},
		{"ReplyYesTo", "Reply to Dr. Bakshi — yes to the sabbatical request, starting in June", "sabbatical request", []string{"Dr. Bakshi"}},
		{"ReplyDecline", "write back to Ms. Oyelowo, decline the panel invitation politely", "panel invitation", []string{"Ms. Oyelowo"}},
		{"ReplySaysWhat", "write back to Henrik, tell him we'll fund the simulation lab upgrade", "simulation lab upgrade", []string{"Henrik"}},
		{"LetKnowWhatWeDid", "let Dr. Carvalho know we approved the third hospitalist position", "third hospitalist position", []string{"Dr. Carvalho"}},
		{"AskThemToDo", "can you DM <@U0ABCDE12> and ask her to cover the 4p bed meeting", "bed meeting", []string{"<@U0ABCDE12>"}},
		{"DelegatedTask", "get IT to reset my Kronos password", "Kronos password", nil},
		{"ChaseDown", "chase down Dr. Lindgren's signed attestation by Friday", "signed attestation", []string{"Dr. Lindgren"}},
		{"ReminderJumpOn", "remind me in 10 min to jump on the capacity call", "capacity call", nil},
		{"ReminderCheckWhether", "nudge me Thursday to check whether Dr. Amari finished the peer review", "peer review", []string{"Dr. Amari"}},
		{"MeetingTopicBeforeVerb", "About the parking garage: could you set up 30 minutes with facilities on Friday?", "parking garage", nil},
		{"TopicAfterFollowUpOn", "make sure I follow up with the lab director on the courier delays", "courier delays", []string{"lab director"}},
		{"NotAttendingDecline", "Not attending the foundation gala on Saturday, please decline", "foundation gala", nil},
		{"StatusListHasNoSubject", "what have you got open for me this week?", "", nil},
		// "and tell X" after a cancel is a second ask (INTENT-LABELS: people come from the first ask only).
		{"TellAfterTheAsk", "the ops huddle isn't needed this week. kill it and tell the house supervisor", "ops huddle", nil},
		{"TrailingFragmentNamesIt", "Let's keep Thursday but move it to the afternoon. The comp committee.", "comp committee", nil},
		{"AtSignTime", "remind me mon @ 9 to submit the staffing grid", "staffing grid", nil},
		{"PossessiveTimeInside", "draft the agenda for Tuesday's nurse leader retreat", "agenda for nurse leader retreat", nil},
		{"ParticipleEndsSubject", "need a board resolution drafted for the line of credit increase by the 18th", "board resolution", nil},
		{"SenderOfEmails", "summarize the unread emails from Maria", "unread emails", []string{"Maria"}},
		{"ShoutedVerbNotAName", "DON'T LET ME FORGET TO SIGN THE PEER REVIEW LETTERS IN 4 HOURS", "PEER REVIEW LETTERS", nil},
		{"LowerCaseFullName", "urgent: pls set up lunch w/ jamal henderson sat", "lunch", []string{"jamal henderson"}},
		{"ReplyToTheThread", "reply all to the P&T thread and say I support the formulary change", "P&T thread", nil},
		{"ResponseToALetter", "draft a response to the Joint Commission letter, it's due the 30th", "Joint Commission letter", nil},
		{"OnMyCalendarIsWhere", "put coffee with Dr. Lee on my calendar Friday", "coffee", []string{"Dr. Lee"}},
		{"PartyOfAnAgreement", "find the signed BAA with Optum and send it to legal", "signed BAA", nil},
		{"SpanOfTimeIsNotTheThing", "pull together the last two years of turnover data", "turnover data", nil},
		{"LinkToIsOneThing", "send Dana the link to the new intranet page", "link to the new intranet page", []string{"Dana"}},
		{"AChairIsAThing", "order a new chair for my office", "new chair for my office", nil},
		{"HaveSomeoneDoIt", "have someone restock the printer paper in the admin suite", "printer paper", nil},
		{"AntecedentNotInAName", "the board chair asked for the deck by Wednesday, can you prep it", "deck", []string{"board chair"}},
		{"LowerCaseHonorific", "set up a call w/ dr ferreira and ms okafor-lynch tmrw at 3", "call", []string{"dr ferreira", "ms okafor-lynch"}},
		{"ApostropheInName", "book time with Anne-Marie O'Donnell about the gala", "gala", []string{"Anne-Marie O'Donnell"}},
		{"NameOpeningTheSetUp", "Kwabena from Owens & Minor called again. Set up 20 minutes with him Thursday.", "", []string{"Kwabena"}},
		{"TopicOfTheSetUp", "Dr. Tanaka and I need to talk about the sepsis audit. Find 30 minutes this week.", "sepsis audit", []string{"Dr. Tanaka"}},
		{"TrailingForIt", "I promised the fellows a town hall. Book the atrium for it Friday at noon.", "atrium", nil},
		{"RoleOfWhat", "set up a meeting with the chair of pediatrics and the president of the medical staff", "meeting", []string{"chair of pediatrics", "president of the medical staff"}},
		{"GivenNameAskedAbout", "did Marisol send the credentialing form?", "credentialing form", []string{"Marisol"}},
		{"AbbreviatedRoles", "pls set up mtg w/ the unit mgrs friday at 2 re: sitter use", "sitter use", []string{"unit mgrs"}},
		{"RoleThenTitledName", "lunch next week with the new CFO candidate, Dr. Abebe, an hour", "lunch", []string{"Dr. Abebe"}},
		{"LowerCaseFullName", "set up a call with dr. maría josé quintana tomorrow at 8", "call", []string{"dr. maría josé quintana"}},
		{"ShoutedRoleAfterWith", "SCHEDULE THE BUDGET REVIEW WITH CONTROLLER AND AUDIT TEAM THURSDAY", "BUDGET REVIEW", []string{"CONTROLLER", "AUDIT TEAM"}},
		{"ExecutiveInAnEventName", "sign me up for the Vizient CFO forum", "Vizient CFO forum", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkSubjectPeople(t, tc.text, parseText(t, tc.text), tc.subject, tc.people)
		})
	}
}
