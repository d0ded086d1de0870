package storage

import "context"

type auditProgressKey struct{}

// WithAuditProgress returns a context under which every batch of audit
// entries the store reads (VerifyAudit, ScanAudit) is counted to fn, so that
// offline tools can draw a progress bar over a long trail.
func WithAuditProgress(ctx context.Context, fn func(entries int)) context.Context {
	return context.WithValue(ctx, auditProgressKey{}, fn)
}

func auditProgress(ctx context.Context, n int) {
	if fn, ok := ctx.Value(auditProgressKey{}).(func(int)); ok && n > 0 {
		fn(n)
	}
}
