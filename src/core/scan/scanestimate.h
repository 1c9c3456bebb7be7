#pragma once

#include "cloudinary/cloudinaryconfig.h"
#include "cloudinary/ratelimit.h"

#include <QObject>

namespace Orphanscope {

class CloudinaryClient;
struct ScanSettings;

// What a whole-account listing costs: one call per 500 files of each type (about two more for a
// type listed from both ends), against a budget of
// which the rate-limit guard spends `stopAt` per window, starting with what is left of this one.
struct ScanEstimate
{
    qint64 files = 0;  // the account's resource count (GET /usage; not real-time)
    int calls = 0;     // listing calls: ceil(files / 500) plus one partial page per type
    int limit = 0;     // calls per window
    int remaining = 0; // left in this window
    int callsPerWindow = 0; // what the guard lets a scan spend of a fresh window
    int windows = 1;   // windows the scan runs in, this one included
    QDateTime resetsAt;

    static ScanEstimate from(qint64 files, int types, const RateLimitStatus &status, double stopAt);
    bool fitsThisWindow() const { return windows <= 1; }
    // "≈ 20002 calls for 10000000 files: ≈ 11 rate-limit windows, ≈ 10 h at 1900 calls/hour
    // (95% of 2000)"
    QString text() const;
};

// Asks Cloudinary for the account's resource count (GET /usage) and estimates a whole-account
// scan of `settings` from it and the rate-limit headers of the answer: one API call, within the
// scan's transfer timeout, tried twice at most (only advice: the scan after it retries on its own).
class ScanEstimator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanEstimator)

public:
    explicit ScanEstimator(const ScanSettings &settings, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void estimated(const Orphanscope::ScanEstimate &estimate);
    void failed(const QString &message);

private:
    CloudinaryClient *m_client; // child
    int m_types;
    double m_stopAt;
};

} // namespace Orphanscope
