#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Orphanscope {

// Files the admin never wants reported or deleted, as glob patterns on public ids or folders:
// `samples/*` (one level), `site-assets/**` (any depth), `?` (one character but /).
class IgnoreRules
{
public:
    static std::optional<IgnoreRules> fromPatterns(const QStringList &patterns, QString *error);
    // One pattern a line; blank lines and lines starting with # are skipped.
    static std::optional<IgnoreRules> fromFile(const QString &path, QString *error);

    bool isEmpty() const { return m_rules.isEmpty(); }
    QStringList patterns() const;
    void add(const IgnoreRules &other) { m_rules += other.m_rules; }

    // Whether the public id, or the folder the file sits in, matches a pattern.
    bool matches(const CloudinaryResource &file) const;

private:
    struct Rule
    {
        QString pattern;
        QRegularExpression regex;
    };
    QList<Rule> m_rules;
};

} // namespace Orphanscope
