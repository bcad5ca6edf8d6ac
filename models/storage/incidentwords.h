#pragma once

#include <QString>

struct sqlite3;

namespace bridge {

// The FTS5 tokenizer "incident_words": SQLite's unicode61 words, each tagged with the incident
// it belongs to ("00000042:checkout"). FTS5 expands a prefix over every matching term of the
// whole file before it intersects; with the tag a search inside one incident expands over that
// incident's words only, so it costs the same at a million entries as at ten thousand.
//
// A text that starts with a tag, "<incident id>\x1f", has its words tagged; the triggers index
// entries that way and incidentWordsPhrase() quotes a query's words that way. Any other text is
// tokenized exactly as unicode61 would.
//
// Every connection that writes entries or reads the index needs it: Database registers it when
// it opens a file. Returns false when the SQLite library has no FTS5.
bool registerIncidentWords(sqlite3 *db);

// One word of a search, quoted for FTS5 with the incident's tag, as a prefix: never FTS syntax.
QString incidentWordsPhrase(qint64 incidentId, const QString &word);

} // namespace bridge
