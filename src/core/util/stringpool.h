#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

#include <array>
#include <string_view>

namespace Orphanscope {

// Hands out one shared QString per distinct value, so a million resources in a few dozen
// folders hold a few dozen folder strings. Not thread-safe: one pool per parsing thread.
class StringPool
{
public:
    QString intern(QStringView text)
    {
        if (text.isEmpty())
            return {};
        const QString key = text.toString();
        const auto it = m_strings.constFind(key);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(key);
        return key;
    }

    // The same for UTF-8 bytes straight from a response: a value seen before costs one lookup
    // and no allocation, one of the last few a comparison or two (a page's files share a handful
    // of formats and folders; hashing each was 4% of parsing a page).
    QString intern(std::string_view utf8) { return interned(utf8); }

    // The same without a copy: the pool's own string, valid until the next call. A caller that
    // keeps the string it had when the pool gives the same one back touches no reference count.
    const QString &interned(std::string_view utf8)
    {
        static const QString empty;
        if (utf8.empty())
            return empty;
        for (const Recent &recent : m_recent) {
            if (recent.utf8 == utf8)
                return recent.value;
        }
        const QByteArray bytes = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
        auto it = m_utf8.constFind(bytes);
        if (it == m_utf8.cend()) // a deep copy of the key: it outlives the response
            it = m_utf8.insert(QByteArray(utf8.data(), qsizetype(utf8.size())), intern(QString::fromUtf8(bytes)));
        // The key's bytes stay where they are while the hash grows (only the QByteArray moves).
        Recent &recent = m_recent[m_nextRecent++ % m_recent.size()];
        recent = {std::string_view(it.key().constData(), size_t(it.key().size())), *it};
        return recent.value;
    }

    qsizetype size() const { return m_strings.size(); }

private:
    struct Recent
    {
        std::string_view utf8; // a key of m_utf8
        QString value;
    };
    QSet<QString> m_strings;
    QHash<QByteArray, QString> m_utf8;
    std::array<Recent, 8> m_recent;
    size_t m_nextRecent = 0;
};

} // namespace Orphanscope
