#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Orphanscope {

// Cloudinary's signature of an Upload API request, as its docs define it: every parameter but
// file, cloud_name, resource_type, api_key (and the signature itself), sorted by name, joined as
// name=value with &, the API secret appended, SHA-1 in hex.
namespace UploadSignature {

bool isSigned(const QString &parameter);
QString stringToSign(const QMap<QString, QString> &parameters); // without the secret
QByteArray sign(const QMap<QString, QString> &parameters, const QString &apiSecret);

} // namespace UploadSignature

} // namespace Orphanscope
