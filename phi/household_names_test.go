package phi

import "testing"

// A family's surname between "the" and a household's noun, in a message
// about care or with an identifier; not in business, not a nationality,
// not the head of an organisation's name.
func TestScanHouseholdNames(t *testing.T) {
	runCases(t, []scanCase{
		{"LowerFamily", "the levy family is asking for an update on his surgery", []want{{Name, "levy"}}},
		{"LowerKids", "the ostrowski kids want an update on their mom's surgery", []want{{Name, "ostrowski"}}},
		{"Donor", "the Amundsen family donated to the hospice garden, thank-you lunch friday", nil},
		{"Practice", "flu shots today at the Marchetti family practice for staff with a positive screen", nil},
		{"Adjective", "the whole family is asking for an update on his surgery", nil},
		{"Business", "the Whitlock family gift will fund the new wing, press release tonight", nil},
		// a patient's matter named by the surname; not an acronym's
		{"Referral", "thanks for turning the Oduya referral around so fast, her surgery is Friday", []want{{Name, "Oduya"}}},
		{"Fall", "risk wants 30 min on the Pellegrini fall (3/2/2026) before the review",
			[]want{{Name, "Pellegrini"}, {Date, "3/2/2026"}}},
		{"AcronymReferral", "do we need the MBI for the HHA referral? asking for the dialysis pts", nil},
		{"HyphenedWords", "the X-Ray referral for her knee is in the chart; the Follow-Up request too", nil},
		// a hyphenated surname is the family's whole
		{"Hyphenated", "the Al-Amin family wants to talk about her hospice options", []want{{Name, "Al-Amin"}}},
		{"HyphenatedPossessive", "serial for the El-Hadi family's loaner nebulizer is NB5521", []want{{Name, "El-Hadi"}, {DeviceID, "NB5521"}}},
	})
}

// "family" heading an organisation's name makes no address a household's.
func TestScanFamilyOrgAddress(t *testing.T) {
	runCases(t, []scanCase{
		{"AdvisoryBoard", "the family advisory board meets at 88 orchard ln, every 3rd tuesday", nil},
		{"Moving", "the family is moving to 88 orchard ln next week", []want{{Address, "88 orchard ln"}}},
	})
}

// A record's key that is an everyday word opens its line with a colon:
// no name; a common surname there is a census line's name.
func TestScanFieldKeyWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Reason", "Caller: Imelda Vasquez-Roe (niece)\nReason: wants the itemized bill mailed", []want{{Name, "Imelda Vasquez-Roe"}}},
		{"CensusLine", "night census:\nPrice: 94 yo f, fall at home, dtr at bedside", []want{{Name, "Price"}, {Age, "94"}}},
	})
}

// A name's possessive that WordNet holds as a noun with its head names no
// person; the same name before a relative does.
func TestScanPossessivePhrases(t *testing.T) {
	runCases(t, []scanCase{
		{"Witness", "Jehovah's Witness pt Farida Moss-Oyelaran (MRN 5521093), no transfusion per her card",
			[]want{{Name, "Farida Moss-Oyelaran"}, {MRN, "5521093"}}},
		{"Apple", "pt Rufus Okoro took a puck to his Adam's apple, ENT consult placed", []want{{Name, "Rufus Okoro"}}},
		{"Mother", "Adam's mother called about his wound vac", []want{{Name, "Adam"}}},
	})
}

// A relative's name before a list's next item, a title and a name, is
// the relative's; the title is the next person's.
func TestScanKinBeforeTitledItem(t *testing.T) {
	runCases(t, []scanCase{
		{"Present", "Present for the care conference: her son Tavita, niece Losaline, Dr. Brannock.",
			[]want{{Name, "Tavita"}, {Name, "Losaline"}}},
	})
}

// A word in capitals before a name in its own case is no part of it.
func TestScanCapsLeadWord(t *testing.T) {
	runCases(t, []scanCase{
		{"Status", "DISCHARGED Marisol Okonkwo-Reyes to rehab, family aware", []want{{Name, "Marisol Okonkwo-Reyes"}}},
	})
}
