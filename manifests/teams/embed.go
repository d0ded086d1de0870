// Package teamsmanifest holds the Microsoft Teams app manifest and icons,
// embedded so that "delegatebot teams package" builds the app package from
// the binary alone. The manifest's app and bot ids are zero GUIDs that the
// package command replaces with TEAMS_APP_ID.
package teamsmanifest

import _ "embed"

// Manifest is manifest.json (schema v1.17) with zero GUIDs for the ids.
//
//go:embed manifest.json
var Manifest []byte

// ColorIcon is the 192x192 full-colour icon.
//
//go:embed color.png
var ColorIcon []byte

// OutlineIcon is the 32x32 white-on-transparent icon.
//
//go:embed outline.png
var OutlineIcon []byte
