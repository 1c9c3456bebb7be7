#pragma once

#include "cloudinary/cloudinaryresource.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Orphanscope::Sandbox {

// One file, as small as it can be kept: a generated account holds millions. Its asset id and
// delivery URL follow from the rest and are made when the file is served (secureUrl stays empty).
struct SandboxFile
{
    CloudinaryResource resource;
    bool orphan = false;   // the generated database does not reference it
    bool textOnly = false; // only a URL in a text body references it (--text-references)
};

struct GenerateOptions
{
    qint64 count = 2000;
    double orphanRate = 0.1;
    double textShare = 0; // of the referenced files, those referenced only from text bodies
    quint32 seed = 1;
    qint64 maxBytes = 0; // above 0: file sizes are kept below it (the same files otherwise)
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// The files of one made-up Cloudinary account, kept per type and sorted as the Admin API lists
// them (created_at descending, then public id).
class SandboxAccount
{
public:
    explicit SandboxAccount(QString cloudName = QStringLiteral("demo"));

    static SandboxAccount generate(const QString &cloudName, const GenerateOptions &options);
    // One JSON object per line, in the Admin API's resource shape, plus an optional "orphan".
    static std::optional<SandboxAccount> loadJsonLines(const QString &cloudName, const QString &path, QString *error);

    const QString &cloudName() const { return m_cloudName; }
    const std::vector<SandboxFile> &files(ResourceType type) const { return m_files[indexOf(type)]; }
    qint64 totalCount() const;
    qint64 totalBytes() const;

    // Adds the file, or replaces the one of the same type and public id (an upload).
    void put(SandboxFile file);
    // Removes the file; false when there is none.
    bool remove(ResourceType type, const QString &publicId);
    const SandboxFile *find(ResourceType type, const QString &publicId) const;

    // Adds `count` files created at `now` in `folder`, as uploads after the scan would, and
    // returns their public ids. No database row references them.
    QStringList upload(ResourceType type, int count, const QString &folder, const QDateTime &now);

    // The file as the Admin API lists it, appended as JSON (written by hand: serving a million
    // files through QJsonObject would make the sandbox, not the client, the bottleneck).
    void appendJson(QByteArray &out, const SandboxFile &file) const;
    static void appendJsonString(QByteArray &out, const QString &text);
    QString secureUrl(const CloudinaryResource &resource) const;
    // The file as the Admin API describes it, delivery URL included.
    CloudinaryResource described(const SandboxFile &file) const;

    // Where delivery URLs point: res.cloudinary.com by default, or the sandbox itself so that
    // previews and "Open file" work offline.
    void setDeliveryBase(const QString &base);

private:
    void add(SandboxFile file);
    void sort();
    qsizetype position(ResourceType type, const QString &publicId) const; // -1: no such file

    QString m_cloudName;
    QString m_deliveryBase = QStringLiteral("https://res.cloudinary.com");
    std::array<std::vector<SandboxFile>, 3> m_files;
    // Public id → position, built on first use after a change: lookups by public_ids[] of a
    // 100k-file account must not scan it for every id.
    mutable std::array<std::optional<QHash<QString, qsizetype>>, 3> m_positions;
};

} // namespace Orphanscope::Sandbox
