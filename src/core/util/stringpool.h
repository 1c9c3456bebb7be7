#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

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
    // and no allocation.
    QString intern(std::string_view utf8)
    {
        if (utf8.empty())
            return {};
        const QByteArray bytes = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
        const auto it = m_utf8.constFind(bytes);
        if (it != m_utf8.cend())
            return *it;
        const QString value = intern(QString::fromUtf8(bytes));
        m_utf8.insert(QByteArray(utf8.data(), qsizetype(utf8.size())), value); // a deep copy: the key outlives the response
        return value;
    }

    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
    QHash<QByteArray, QString> m_utf8;
};

} // namespace Orphanscope
