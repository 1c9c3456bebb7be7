#pragma once

#include <QWidget>

class QLineEdit;

namespace Orphanscope::Gui {

// "Paste URL: [masked field] [Fill in]": a CLOUDINARY_URL, DATABASE_URL or EMAIL_URL pasted
// once fills in a form's fields. The field is masked, as such URLs carry a secret.
class PasteUrlRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteUrlRow)

public:
    PasteUrlRow(const QString &placeholder, const QString &variable, QWidget *parent = nullptr);

    void clear();

Q_SIGNALS:
    void submitted(const QString &url);

private:
    QLineEdit *m_edit;
};

} // namespace Orphanscope::Gui
