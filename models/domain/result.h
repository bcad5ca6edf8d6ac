#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace bridge {

// Why an operation failed. The command line maps these to exit codes;
// the window shows the message next to what the user was doing.
struct Error
{
    enum class Code {
        Invalid,  // the request itself is wrong (bad kind, empty text, bad time)
        NotFound, // the incident or entry does not exist
        Storage,  // the database could not be opened, read or written
        Damaged,  // the database file is damaged: a backup is the way back
        Decision, // the operation needs the user's choice first (closing with work open)
        Conflict, // someone else got there first: already acknowledged, the role is taken
        // The team server cannot be reached now (down, or the network is): trying again
        // later may work, and a timeline line may wait in the outbox meanwhile.
        Unreachable,
    };
    Code code = Code::Storage;
    QString message;

    static Error invalid(QString m) { return {Code::Invalid, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error storage(QString m) { return {Code::Storage, std::move(m)}; }
    static Error damaged(QString m) { return {Code::Damaged, std::move(m)}; }
    static Error decision(QString m) { return {Code::Decision, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error unreachable(QString m) { return {Code::Unreachable, std::move(m)}; }
};

// A value or the reason there is none; storage never shows dialogs, it returns these.
template<typename T = std::monostate>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const & { return std::get<T>(m_state); }
    // On a temporary, hand out the value itself: `for (x : *session.entries(id))` then
    // iterates a lifetime-extended copy instead of a Result that has already died.
    T operator*() && { return std::get<T>(std::move(m_state)); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

using Done = Result<std::monostate>;
inline Done done()
{
    return Done(std::monostate{});
}

} // namespace bridge
