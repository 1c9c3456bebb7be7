#include "cloudinary/uploadsignature.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::UploadSignature {

bool isSigned(const QString &parameter)
{
    static const QStringList unsigned_{u"file"_s, u"cloud_name"_s, u"resource_type"_s, u"api_key"_s, u"signature"_s};
    return !unsigned_.contains(parameter);
}

QString stringToSign(const QMap<QString, QString> &parameters)
{
    QStringList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) { // QMap: sorted by name
        if (isSigned(it.key()))
            pairs.append(it.key() + u'=' + it.value());
    }
    return pairs.join(u'&');
}

QByteArray sign(const QMap<QString, QString> &parameters, const QString &apiSecret)
{
    return QCryptographicHash::hash((stringToSign(parameters) + apiSecret).toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace Orphanscope::UploadSignature
