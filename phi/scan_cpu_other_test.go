//go:build !unix

package phi

import "time"

// cpuTime is unavailable here; the CPU-time metric is then omitted.
func cpuTime() time.Duration { return 0 }
