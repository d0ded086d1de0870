package main

import (
	"context"
	"log/slog"
	"net/http"
)

// mountTeams adds the Bot Framework endpoint to mux when Teams is configured
// and reports whether it did. The Teams issue fills it in.
func mountTeams(ctx context.Context, app *App, mux *http.ServeMux, opt serveOptions, log *slog.Logger, workers *workerGroup) (bool, error) {
	return false, nil
}
