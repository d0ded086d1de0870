package redistest

import (
	"os/exec"
	"runtime"
	"syscall"
)

// startChild starts cmd so that the kernel kills it when this test binary
// exits, however it exits (a panic, a -timeout, a test that never returns to
// Main), and closes done once it has exited. The parent-death signal fires
// when the thread that started the child ends, so the child is started from
// a goroutine that keeps its thread until the child is gone.
func startChild(cmd *exec.Cmd, done chan<- struct{}) error {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		err := cmd.Start()
		started <- err
		if err != nil {
			return
		}
		cmd.Wait()
		close(done)
	}()
	return <-started
}
