#include "Error.h"

#include <atomic>

namespace prakerja {

namespace {
std::atomic<bool> g_english{false};
}

QString Error::message() const
{
    return (g_english.load() || messageId.isEmpty()) ? messageEn : messageId;
}

void Error::setEnglish(bool english)
{
    g_english.store(english);
}

bool Error::english()
{
    return g_english.load();
}

} // namespace prakerja
