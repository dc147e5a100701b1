#pragma once
// Errors are values: a machine-readable code and a message a person can read. Result<T> carries
// either a value or an Error; no exceptions cross layers.
//
// Messages are written in Indonesian with Error::tr() where the error is made, so that they
// go through the same translation catalogue as the interface (resources/translations, English
// by Language::install); the code stays the same in every language, for scripts and logs.

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace prakerja {

struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    QString code; // stable, snake_case, for scripts and reports
    QString text; // in the language the process runs in

    const QString& message() const { return text; }
};

inline Error makeError(const QString& code, const QString& message)
{
    return Error{code, message};
}

// The operator (or a failure elsewhere in the same job) stopped the work; the caller rolls back.
inline Error cancelledError()
{
    return makeError(QStringLiteral("cancelled"), Error::tr("Dibatalkan; tidak ada yang ditulis"));
}
inline bool isCancelled(const Error& error)
{
    return error.code == QLatin1String("cancelled");
}

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { } // NOLINT: implicit by design
    Result(Error error) : m_error(std::move(error)) { } // NOLINT: implicit by design

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that produces nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) { } // NOLINT: implicit by design
    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace prakerja
