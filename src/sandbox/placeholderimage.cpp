#include "placeholderimage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace Orphanscope::Sandbox {

QByteArray placeholderImage(const QString &key, bool video)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    auto byte = [&hash](int i) { return quint8(hash.at(i)); };
    constexpr int Size = 320;
    QImage image(Size, Size, QImage::Format_RGB32);
    const QColor background = QColor::fromHsv(byte(0) * 360 / 256, 90 + byte(1) % 80, 150 + byte(2) % 90);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QLinearGradient sky(0, 0, 0, Size);
    sky.setColorAt(0, background.lighter(130));
    sky.setColorAt(1, background.darker(120));
    painter.fillRect(image.rect(), sky);
    painter.setBrush(QColor::fromHsv((byte(3) * 360 / 256 + 180) % 360, 160, 230));
    painter.drawEllipse(QPoint(60 + byte(4) % 200, 50 + byte(5) % 90), 30 + byte(6) % 30, 30 + byte(6) % 30);
    QPainterPath hills;
    hills.moveTo(0, Size);
    hills.lineTo(0, 220 + byte(7) % 40);
    hills.cubicTo(90, 150 + byte(8) % 60, 200, 260 - byte(9) % 60, Size, 190 + byte(10) % 60);
    hills.lineTo(Size, Size);
    painter.setBrush(background.darker(160));
    painter.drawPath(hills);
    if (video) {
        painter.setBrush(QColor(0, 0, 0, 120));
        painter.drawEllipse(QPoint(Size / 2, Size / 2), 48, 48);
        painter.setBrush(Qt::white);
        const QPointF play[] = {{Size / 2 - 16.0, Size / 2 - 24.0}, {Size / 2 - 16.0, Size / 2 + 24.0}, {Size / 2 + 26.0, Size / 2.0}};
        painter.drawPolygon(play, 3);
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Orphanscope::Sandbox
