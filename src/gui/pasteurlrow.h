#pragma once

#include <QWidget>

class QLineEdit;

namespace Orphanscope::Gui {

// "Paste URL: [masked field] [Fill in]": a CLOUDINARY_URL, DATABASE_URL or EMAIL_URL pasted
// once fills in a form's fields. The field is masked, as such URLs carry a secret. Enter fills in
// and goes no further: in a dialog or wizard it does not also press the default button.
class PasteUrlRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteUrlRow)

public:
    PasteUrlRow(const QString &placeholder, const QString &variable, QWidget *parent = nullptr);

    void clear();

Q_SIGNALS:
    void submitted(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
};

} // namespace Orphanscope::Gui
