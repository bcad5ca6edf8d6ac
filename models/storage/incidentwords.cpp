#include "incidentwords.h"

#include <sqlite3.h>

#include <string>

namespace bridge {

namespace {

// The part of SQLite's fts5.h this tokenizer uses. Debian ships no fts5.h; the layout is the
// stable interface SQLite documents for FTS5 extensions (fts5_api version 2).
struct Fts5Tokenizer;
using TokenCallback
    = int (*)(void *context, int flags, const char *token, int size, int start, int end);
struct fts5_tokenizer // NOLINT(readability-identifier-naming): SQLite's name
{
    int (*xCreate)(void *userData, const char **args, int argCount, Fts5Tokenizer **out);
    void (*xDelete)(Fts5Tokenizer *tokenizer);
    int (*xTokenize)(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
                     TokenCallback token);
};
struct fts5_api // NOLINT(readability-identifier-naming): SQLite's name
{
    int iVersion;
    int (*xCreateTokenizer)(fts5_api *api, const char *name, void *userData,
                            fts5_tokenizer *tokenizer, void (*destroy)(void *));
    int (*xFindTokenizer)(fts5_api *api, const char *name, void **userData,
                          fts5_tokenizer *tokenizer);
};

constexpr char TagEnd = '\x1f';
constexpr int TagDigits = 8; // fixed width, so prefix indexes of 10-12 characters hold 1-3 letters

// One tokenizer instance: unicode61, created with the table's own arguments.
struct IncidentWords
{
    fts5_tokenizer inner{};
    Fts5Tokenizer *innerInstance = nullptr;
};

// What one xTokenize call passes on: each of unicode61's tokens behind the tag.
struct Tagging
{
    void *context;
    TokenCallback token;
    std::string buffer; // the tag, then the current word
    size_t tagSize;
    int offset; // of the text after the tag, for FTS5's highlight offsets
};

int tagged(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *tagging = static_cast<Tagging *>(context);
    tagging->buffer.resize(tagging->tagSize);
    tagging->buffer.append(token, size_t(size));
    return tagging->token(tagging->context, flags, tagging->buffer.data(),
                          int(tagging->buffer.size()), start + tagging->offset,
                          end + tagging->offset);
}

// The tag a text starts with, "<digits>\x1f", as "00000042:"; empty when it has none.
std::string tagOf(const char *text, int size, int *tagLength)
{
    int digits = 0;
    while (digits < size && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits >= size || text[digits] != TagEnd)
        return {};
    *tagLength = digits + 1;
    std::string tag(digits < TagDigits ? size_t(TagDigits - digits) : 0, '0');
    tag.append(text, size_t(digits));
    tag += ':';
    return tag;
}

int create(void *userData, const char **args, int argCount, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(userData);
    auto *words = new IncidentWords;
    void *innerData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &innerData, &words->inner);
    if (rc == SQLITE_OK)
        rc = words->inner.xCreate(innerData, args, argCount, &words->innerInstance);
    if (rc != SQLITE_OK) {
        delete words;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(words);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *words = reinterpret_cast<IncidentWords *>(tokenizer);
    if (words->innerInstance)
        words->inner.xDelete(words->innerInstance);
    delete words;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             TokenCallback token)
{
    auto *words = reinterpret_cast<IncidentWords *>(tokenizer);
    int tagLength = 0;
    std::string tag = tagOf(text, size, &tagLength);
    if (tag.empty())
        return words->inner.xTokenize(words->innerInstance, context, flags, text, size, token);
    Tagging tagging{context, token, std::move(tag), 0, tagLength};
    tagging.tagSize = tagging.buffer.size();
    return words->inner.xTokenize(words->innerInstance, &tagging, flags, text + tagLength,
                                  size - tagLength, tagged);
}

fts5_api *fts5Of(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace

bool registerIncidentWords(sqlite3 *db)
{
    fts5_api *api = db ? fts5Of(db) : nullptr;
    if (!api)
        return false;
    fts5_tokenizer methods{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "incident_words", api, &methods, nullptr) == SQLITE_OK;
}

QString incidentWordsPhrase(qint64 incidentId, const QString &word)
{
    QString quoted = word;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return QStringLiteral("\"%1%2%3\"*").arg(incidentId).arg(QChar(char16_t(TagEnd)), quoted);
}

} // namespace bridge
