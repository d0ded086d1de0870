package main

import (
	"context"
	"log/slog"
	"net/http"
)

// mountSlack adds the Slack endpoints to mux when Slack is configured and
// reports whether it did. The Slack issue fills it in.
func mountSlack(ctx context.Context, app *App, mux *http.ServeMux, opt serveOptions, log *slog.Logger, workers *workerGroup) (bool, error) {
	return false, nil
}
