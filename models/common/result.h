#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace openmayor {

// An error as a value (STYLE.md 9): `message` is already translated and meant for the
// user; `detail` keeps the driver's or the system's own words for logs and bug reports.
struct Error
{
    enum class Kind
    {
        Generic,
        Usage,       // the caller asked for something malformed
        NotFound,    // the thing named does not exist
        Invalid,     // the input breaks a rule of the data
        Io,          // a file or the disk failed
        Database,    // SQLite or the server failed
        Incompatible // e.g. a database written by a newer version
    };

    Kind kind = Kind::Generic;
    QString message;
    QString detail;

    Error() = default;
    Error(Kind k, QString msg, QString det = {})
        : kind(k), message(std::move(msg)), detail(std::move(det))
    {}

    // The message with the detail appended, for one-line reports (CLI, logs).
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

// Result<T>: either a value or an Error. Deliberately small; std::expected is C++23 and
// not yet in every compiler our Windows colleagues use.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace openmayor
