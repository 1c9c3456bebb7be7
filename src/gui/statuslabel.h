#pragma once

#include <QLabel>

namespace Orphanscope::Gui {

// A one-line outcome in words: "✔ …" plainly, or "✘ …" on a red background. Hidden until used.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)

public:
    explicit StatusLabel(QWidget *parent = nullptr);

    void showOutcome(bool ok, const QString &text);
    void showProgress(const QString &text); // neither success nor failure yet
};

} // namespace Orphanscope::Gui
