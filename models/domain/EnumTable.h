#pragma once
// One table per enum of the stable name scripts and files use and its label (Indonesian,
// marked QT_TRANSLATE_NOOP("Text", …) for the one catalogue), and the three lookups every such
// enum needs. A table is a constexpr array of EnumEntry<E>; a value missing from it has an
// empty name and label.

#include "domain/Language.h"

#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

namespace prakerja {

template <typename E> struct EnumEntry
{
    E value;
    const char16_t* name; // stable, snake_case
    const char* label; // Bahasa Indonesia, the catalogue's source
};

template <typename E, std::size_t N> const EnumEntry<E>* enumEntry(const EnumEntry<E> (&table)[N], E value)
{
    for (const EnumEntry<E>& e : table)
        if (e.value == value)
            return &e;
    return nullptr;
}

template <typename E, std::size_t N> QString enumName(const EnumEntry<E> (&table)[N], E value)
{
    const EnumEntry<E>* e = enumEntry(table, value);
    return e ? QString::fromUtf16(e->name) : QString();
}

// In the language asked for (a sentence that carries both languages, as OutcomeExplainer's do).
template <typename E, std::size_t N> QString enumLabel(const EnumEntry<E> (&table)[N], E value, bool english)
{
    const EnumEntry<E>* e = enumEntry(table, value);
    if (!e)
        return {};
    return english ? Language::toEnglish("Text", e->label) : QString::fromUtf8(e->label);
}

// In the language the process runs in.
template <typename E, std::size_t N> QString enumLabel(const EnumEntry<E> (&table)[N], E value)
{
    const EnumEntry<E>* e = enumEntry(table, value);
    return e ? Text::tr(e->label) : QString();
}

template <typename E, std::size_t N> std::optional<E> enumFromName(const EnumEntry<E> (&table)[N], QStringView name)
{
    for (const EnumEntry<E>& e : table)
        if (name == QStringView(e.name))
            return e.value;
    return std::nullopt;
}

} // namespace prakerja
