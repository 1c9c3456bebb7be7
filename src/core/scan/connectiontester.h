#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "database/databaseconfig.h"
#include "database/referencespec.h"

#include <QFutureWatcher>
#include <QObject>

namespace Orphanscope {

class CloudinaryClient;

struct ConnectionCheck
{
    bool ok = false;
    QString message; // in words, for the admin
};

// "Test connections": one usage call to Cloudinary and an open-and-check of the databases with
// their reference columns, side by side. Lives in the thread that calls test().
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // The databases of a site: each must open, and each reference table be in at least one.
    void test(const CloudinaryConfig &cloudinary, const QList<DatabaseConfig> &databases, const QList<ReferenceSpec> &references);
    // One side alone (a first-run step): finished() follows its one check. Without references
    // the databases need only open.
    void testCloudinary(const CloudinaryConfig &cloudinary);
    void testDatabases(const QList<DatabaseConfig> &databases, const QList<ReferenceSpec> &references);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void cloudinaryChecked(const Orphanscope::ConnectionCheck &check);
    void databaseChecked(const Orphanscope::ConnectionCheck &check);
    void finished();

private:
    void checkCloudinary(const CloudinaryConfig &cloudinary);
    void checkDatabases(const QList<DatabaseConfig> &databases, const QList<ReferenceSpec> &references);
    void done();

    CloudinaryClient *m_client = nullptr;
    QFutureWatcher<ConnectionCheck> m_database;
    int m_pending = 0;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::ConnectionCheck)
