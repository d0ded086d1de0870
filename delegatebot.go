// Package delegatebot holds the domain types shared by every part of the bot:
// tickets and their life cycle, parsed requests, roles and the coded error that
// carries a user-facing message out of any layer.
//
// The package imports only the standard library; storage, the PHI guard, the
// parser and the chat adapters build on it.
package delegatebot

import (
	"errors"
	"fmt"
)

// Error codes. Each adapter maps them to its own user experience in one table.
const (
	EINVALID   = "invalid"   // the caller's input is malformed
	ENOTFOUND  = "not_found" // the named thing does not exist
	ECONFLICT  = "conflict"  // the change is not legal in the current state
	EFORBIDDEN = "forbidden" // the caller's role does not allow it
	EBLOCKED   = "blocked"   // the PHI guard refused to send a message
	EINTERNAL  = "internal"  // anything else; never shown in detail
)

// Error is an error whose Message is safe to show to the user. A Message never
// quotes user text: user text may hold PHI.
type Error struct {
	Code    string
	Message string

	// format and args, kept by Errorf, let chat show the Mention and
	// ChannelRef arguments of Message as real mentions.
	format string
	args   []any
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("delegatebot error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), format: format, args: args}
}

// Template returns the format and arguments Message was made from, or
// Message and no arguments for an Error not made by Errorf.
func (e *Error) Template() (format string, args []any) {
	if e.format == "" {
		return "%s", []any{e.Message}
	}
	return e.format, e.args
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of the first
// *Error in its chain, or "Internal error." for anything else.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
