#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Orphanscope {

// Cloudinary's X-FeatureRateLimit-* headers, as of the latest answer.
struct RateLimitStatus
{
    int limit = -1;
    int remaining = -1;
    QDateTime resetsAt; // UTC

    static RateLimitStatus fromHeaders(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset);

    bool isKnown() const { return limit > 0 && remaining >= 0; }
    int used() const { return isKnown() ? limit - remaining : 0; }
    double usedFraction() const { return isKnown() ? double(used()) / double(limit) : 0.0; }
};

// Stops a scan before it spends the account's whole hourly budget (other tools share it).
class RateLimitGuard
{
public:
    enum class Verdict { Continue, Warn, Stop };

    explicit RateLimitGuard(double warnFraction = 0.80, double stopFraction = 0.95);

    // Warn is returned once, the first time the warning threshold is crossed.
    Verdict check(const RateLimitStatus &status);

    // check() in words, as the jobs ask it after every answer: a warning to pass on, and why to
    // stop — only when another call is needed (a job that just took its last page is done).
    struct Advice
    {
        QString warning;
        std::optional<QString> stop;
    };
    Advice advise(const RateLimitStatus &status, bool anotherCallNeeded);
    // Whether check() would say Stop, without counting as asked (for a page requested ahead).
    bool stops(const RateLimitStatus &status) const { return status.isKnown() && status.usedFraction() >= m_stopFraction; }

    double warnFraction() const { return m_warnFraction; }
    double stopFraction() const { return m_stopFraction; }

private:
    double m_warnFraction;
    double m_stopFraction;
    bool m_warned = false;
};

} // namespace Orphanscope

Q_DECLARE_METATYPE(Orphanscope::RateLimitStatus)
