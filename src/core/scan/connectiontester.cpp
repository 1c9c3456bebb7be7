#include "scan/connectiontester.h"

#include "cloudinary/cloudinaryclient.h"
#include "database/sitereferencereader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    connect(&m_database, &QFutureWatcher<ConnectionCheck>::finished, this, [this] {
        Q_EMIT databaseChecked(m_database.result());
        done();
    });
}

ConnectionTester::~ConnectionTester()
{
    m_database.waitForFinished();
}

void ConnectionTester::test(const CloudinaryConfig &cloudinary, const QList<DatabaseConfig> &databases,
                            const QList<ReferenceSpec> &references)
{
    if (isRunning())
        return;
    m_pending = 2;
    checkCloudinary(cloudinary);
    checkDatabases(databases, references);
}

void ConnectionTester::testCloudinary(const CloudinaryConfig &cloudinary)
{
    if (isRunning())
        return;
    m_pending = 1;
    checkCloudinary(cloudinary);
}

void ConnectionTester::testDatabases(const QList<DatabaseConfig> &databases, const QList<ReferenceSpec> &references)
{
    if (isRunning())
        return;
    m_pending = 1;
    checkDatabases(databases, references);
}

void ConnectionTester::checkCloudinary(const CloudinaryConfig &cloudinary)
{
    delete m_client;
    ClientOptions options;
    options.transferTimeoutMs = 10'000;
    options.maxAttempts = 1;
    m_client = new CloudinaryClient(cloudinary, options, this);
    m_client->get(cloudinary.usageUrl(), [this](const ApiReply &reply) {
        ConnectionCheck check;
        check.ok = reply.outcome == ApiReply::Outcome::Ok;
        if (check.ok) {
            const QJsonObject usage = QJsonDocument::fromJson(reply.body).object();
            check.message = tr("Connected to %1: plan %2, %L3 files, %4 stored")
                                .arg(m_client->config().cloudName, usage.value(u"plan"_s).toString(tr("unknown")))
                                .arg(usage.value(u"resources"_s).toInteger())
                                .arg(QLocale().formattedDataSize(usage.value(u"storage"_s).toObject().value(u"usage"_s).toInteger()));
            if (reply.rateLimit.isKnown())
                check.message += tr("; %1 of %2 API calls left this hour").arg(reply.rateLimit.remaining).arg(reply.rateLimit.limit);
        } else {
            check.message = reply.errorMessage;
        }
        Q_EMIT cloudinaryChecked(check);
        done();
    });
}

void ConnectionTester::checkDatabases(const QList<DatabaseConfig> &databases, const QList<ReferenceSpec> &references)
{
    const SiteReferenceReader reader(databases, references);
    m_database.setFuture(QtConcurrent::run([reader] {
        ConnectionCheck check;
        check.ok = reader.check(&check.message);
        return check;
    }));
}

void ConnectionTester::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace Orphanscope
