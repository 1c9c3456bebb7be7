#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

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

    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace Orphanscope
