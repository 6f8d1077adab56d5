// The reader's tests arrive with it.
