package storage

// PendingEnqueues is how many enqueues wait for the next batch.
func PendingEnqueues(s *Store) int {
	s.enqueues.mu.Lock()
	defer s.enqueues.mu.Unlock()
	return len(s.enqueues.pending)
}
