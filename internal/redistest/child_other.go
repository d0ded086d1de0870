//go:build !linux

package redistest

import "os/exec"

// startChild starts cmd and closes done once it has exited. Outside Linux
// only Main (or Stop) stops the server.
func startChild(cmd *exec.Cmd, done chan<- struct{}) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		cmd.Wait()
		close(done)
	}()
	return nil
}
