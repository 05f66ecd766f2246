// authscope_render_icon: renders the application's SVG icon into the raster files that installers need, at build
// time, so no PNG has to be kept in step with the SVG by hand and the build needs no rsvg-convert or Inkscape.
//   authscope_render_icon INPUT.svg OUTPUT.png SIZE          one square PNG
//   authscope_render_icon INPUT.svg OUTPUT.ico SIZE[,SIZE]   a Windows icon holding one PNG image per size
#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "authscope_render_icon: %s\n", qPrintable(message));
    return 1;
}

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Qt's ICO writer stores a single image; Windows wants several sizes in one file. An ICONDIR with PNG-compressed
// entries (read by every Windows since Vista) is a few lines, so it is written here.
QByteArray ico(const QList<QImage>& images)
{
    QList<QByteArray> pngs;
    for (const QImage& image : images) {
        pngs.append(png(image));
    }
    QByteArray out;
    auto put16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    auto put32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    put16(0); // reserved
    put16(1); // type: icon
    put16(quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images.at(i).width();
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        put16(1);            // colour planes
        put16(32);           // bits per pixel
        put32(quint32(pngs.at(i).size()));
        put32(offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray& bytes : pngs) {
        out.append(bytes);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        return fail(QStringLiteral("usage: authscope_render_icon INPUT.svg OUTPUT.png|OUTPUT.ico SIZE[,SIZE...]"));
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    QList<int> sizes;
    for (const QString& text : QString::fromLocal8Bit(argv[3]).split(u',')) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            return fail(QStringLiteral("bad size '%1'").arg(text));
        }
        sizes.append(size);
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        return fail(QStringLiteral("cannot read the SVG %1").arg(input));
    }
    QList<QImage> images;
    for (int size : sizes) {
        images.append(render(renderer, size));
    }

    QByteArray bytes;
    if (output.endsWith(QStringLiteral(".ico"))) {
        bytes = ico(images);
    } else if (output.endsWith(QStringLiteral(".png")) && images.size() == 1) {
        bytes = png(images.constFirst());
    } else {
        return fail(QStringLiteral("%1: want OUTPUT.png with one size or OUTPUT.ico").arg(output));
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        return fail(QStringLiteral("cannot write %1").arg(output));
    }
    return 0;
}
