//go:build !linux

package phi

import "time"

// threadCPUTime is unavailable here; the CPU-time latency is then omitted.
func threadCPUTime() time.Duration { return -1 }
