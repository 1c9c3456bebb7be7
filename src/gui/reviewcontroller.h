#pragma once

#include "cloudinary/cloudinaryresource.h"
#include "review/decision.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Orphanscope {
class DecisionStore;
struct CloudinaryConfig;
} // namespace Orphanscope

namespace Orphanscope::Gui {

class LogPanel;
class ResultsView;

// The admin's triage of the orphan table: decisions taken by key (K keep, D delete, U undecided,
// N note) on the selected rows, saved at once in the account's decision store that the CLI
// shares, and the spreadsheet round trip for team review.
class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(QWidget *window, ResultsView *results, LogPanel *log);
    ~ReviewController() override;

    // Opens the decisions of this account and shows them in the table.
    void setAccount(const CloudinaryConfig &cloud);

    void decideSelected(Decision decision);
    void editNoteOfCurrent();
    ResourceList markedForDeletion() const; // the rows decided "delete"

    bool exportDecisions(const QString &path, QString *error) const;
    bool importDecisions(const QString &path, QString *error);
    void exportWithDialog();
    void importWithDialog();

Q_SIGNALS:
    void decisionsChanged();

private:
    bool save(const QList<FileDecision> &changed);

    QWidget *m_window;
    ResultsView *m_results;
    LogPanel *m_log;
    std::unique_ptr<DecisionStore> m_store;
};

} // namespace Orphanscope::Gui
