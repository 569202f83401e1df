package redact

// put sets key's value to v in a table whose values are kinds (one of a
// few numbers) or indices, not bits: or-ing two of them would make a third
// kind or an index past its list. A key already there with another value
// is a word listed in two of the table's lists, a programming error that
// any test catches (premisesNames once indexed past its end that way).
// It is only called while the table is built, before any lookup.
func (t *strTable) put(key string, v uint32) {
	if old, ok := t.get(key); ok && old != v {
		panic("redact: a word table lists a word twice with two kinds: " + key)
	}
	t.or(key, v)
}
