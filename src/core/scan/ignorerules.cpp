#include "scan/ignorerules.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

namespace {

QString globToRegex(const QString &glob)
{
    QString regex;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            regex += u".*"_s;
            ++i;
        } else if (c == u'*') {
            regex += u"[^/]*"_s;
        } else if (c == u'?') {
            regex += u"[^/]"_s;
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression::anchoredPattern(regex);
}

} // namespace

std::optional<IgnoreRules> IgnoreRules::fromPatterns(const QStringList &patterns, QString *error)
{
    IgnoreRules rules;
    for (const QString &raw : patterns) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        if (pattern.startsWith(u'/')) {
            *error = u"Ignore pattern \"%1\": public ids and folders do not start with /"_s.arg(pattern);
            return std::nullopt;
        }
        QRegularExpression regex(globToRegex(pattern));
        regex.optimize();
        rules.m_rules.append({pattern, regex});
    }
    return rules;
}

std::optional<IgnoreRules> IgnoreRules::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"Cannot read the ignore file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QStringList patterns;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            patterns.append(line);
    }
    return fromPatterns(patterns, error);
}

QStringList IgnoreRules::patterns() const
{
    QStringList result;
    for (const Rule &rule : m_rules)
        result.append(rule.pattern);
    return result;
}

bool IgnoreRules::matches(const CloudinaryResource &file) const
{
    for (const Rule &rule : m_rules) {
        if (rule.regex.match(file.publicId).hasMatch() || (!file.folder.isEmpty() && rule.regex.match(file.folder).hasMatch()))
            return true;
    }
    return false;
}

} // namespace Orphanscope
