// Triage in the app, by keyboard: K keeps, D marks for deletion, U undoes, N takes a note, on one
// row or a multi-selection; the decision filter and the review card follow; a rescan finds every
// decision and count again (kept files counted as kept, not reported). Then the marked files are
// deleted with backups through the delete dialog and brought back through the restore dialog.
#include "deletedialog.h"
#include "mainwindow.h"
#include "orphanfiltermodel.h"
#include "orphantablemodel.h"
#include "restoredialog.h"
#include "resultsview.h"
#include "sandboxprocess.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Orphanscope;
using namespace Orphanscope::Gui;
using namespace Qt::Literals::StringLiterals;

class TestTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;

    ConnectionProfile profile() const
    {
        ConnectionProfile profile;
        profile.name = u"Triage"_s;
        QString error;
        if (!profile.applyCloudinaryUrl(m_sandbox.cloudinaryUrl(), &error)
            || !profile.applyDatabaseUrl(u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s), &error))
            qFatal("%s", qPrintable(error));
        profile.days = 0;
        profile.pauseSeconds = 0;
        profile.minAgeDetectHours = 0;
        profile.deleteMinAgeHours = 0;
        return profile;
    }

    // A window as after a start, on the test's profile.
    std::unique_ptr<MainWindow> openWindow(QSettings *settings) const
    {
        auto window = std::make_unique<MainWindow>(settings, SecretStore::Backend::SessionOnly);
        window->resize(1280, 800);
        window->show();
        window->useProfile(profile());
        return window;
    }

    static void scan(MainWindow &window)
    {
        const quint64 before = window.lastResult() ? window.lastResult()->jobId : 0;
        window.scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.lastResult().has_value() && window.lastResult()->jobId != before, 60'000);
    }

    static QAction *action(const MainWindow &window, const QString &text)
    {
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text() == text)
                return candidate;
        }
        return nullptr;
    }

    static QString idAt(ResultsView *results, int proxyRow)
    {
        return results->model()->resourceAt(results->proxy()->mapToSource(results->proxy()->index(proxyRow, 0)).row()).publicId;
    }

    static FileDecision decisionOfFile(ResultsView *results, const QString &publicId)
    {
        const OrphanTableModel *model = results->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->resourceAt(row).publicId == publicId)
                return model->decisionAt(row);
        }
        return {};
    }
    static Decision decisionOf(ResultsView *results, const QString &publicId) { return decisionOfFile(results, publicId).decision; }
    static QString noteOf(ResultsView *results, const QString &publicId) { return decisionOfFile(results, publicId).note; }

    static QString reviewCard(const MainWindow &window)
    {
        return window.findChild<QLabel *>(u"reviewCardValue"_s)->text() + u" / "_s + window.findChild<QLabel *>(u"reviewCardDetail"_s)->text();
    }

    // Answers the note dialog that N opens (it is modal: the key press returns once it closes).
    static void answerNoteDialog(const QString &note)
    {
        QTimer::singleShot(200, [note] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(note);
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/orphanscope"_s).removeRecursively();
        Translations::install(u"en"_s);
        QVERIFY2(m_sandbox.start({u"--generate"_s, u"600"_s, u"--seed"_s, u"5"_s, u"--max-bytes"_s, u"40000"_s,
                                  u"--write-database"_s, u"sqlite:///"_s + m_dir.filePath(u"db.sqlite3"_s)}),
                 qPrintable(m_sandbox.error()));
    }

    void keyboardTriageSurvivesARescan()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const auto windowOwner = openWindow(&settings);
        MainWindow &window = *windowOwner;
        scan(window);
        ResultsView *results = window.results();
        QTableView *table = results->table();
        const int orphans = results->proxy()->rowCount();
        QVERIFY(orphans > 20);
        QCOMPARE(int(window.lastResult()->totalOrphans()), orphans);
        table->sortByColumn(OrphanTableModel::PublicIdColumn, Qt::AscendingOrder);
        table->setFocus();

        // K on the first row: it is kept, leaves the "Not kept" view, and the next row is current.
        const QString kept = idAt(results, 0);
        const QString next = idAt(results, 1);
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(decisionOf(results, kept), Decision::Keep);
        QCOMPARE(results->proxy()->rowCount(), orphans - 1);
        QCOMPARE(idAt(results, table->currentIndex().row()), next);

        // D on a selection of three rows at once.
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        const QStringList marked{idAt(results, 0), idAt(results, 1), idAt(results, 2)};
        QTest::keyClick(table, Qt::Key_D);
        for (const QString &id : marked)
            QCOMPARE(decisionOf(results, id), Decision::Delete);

        // U takes one back; N writes a note.
        table->selectRow(2);
        QCOMPARE(idAt(results, 2), marked.at(2));
        QTest::keyClick(table, Qt::Key_U);
        QCOMPARE(decisionOf(results, marked.at(2)), Decision::Undecided);
        table->selectRow(0);
        answerNoteDialog(u"asked marketing, 29 Nov"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(noteOf(results, marked.at(0)), u"asked marketing, 29 Nov"_s);
        QCOMPARE(reviewCard(window), u"2 marked / 1 kept · %1 undecided"_s.arg(orphans - 3));

        // Space opens a larger preview of the current file; Space again closes it.
        window.activateWindow(); // back from the note dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Space);
        QDialog *preview = nullptr;
        for (QDialog *candidate : results->findChildren<QDialog *>()) {
            if (candidate->isVisible() && candidate->windowTitle() == marked.at(0))
                preview = candidate;
        }
        QVERIFY(preview);
        QApplication::setActiveWindow(preview); // as a window manager does with a new window
        QVERIFY(QTest::qWaitForWindowActive(preview));
        auto *button = qobject_cast<QPushButton *>(preview->focusWidget());
        QVERIFY(button);
        QTRY_COMPARE(QApplication::focusWidget(), button);
        QTest::keyClick(button, Qt::Key_Space); // the focused Close button
        QTRY_VERIFY(!preview->isVisible());

        // The decision filter.
        auto *filter = window.findChild<QComboBox *>(u"decisionFilter"_s);
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findText(u"Marked for deletion"_s));
        QCOMPARE(results->proxy()->rowCount(), 2);
        filter->setCurrentIndex(filter->findText(u"Kept"_s));
        QCOMPARE(results->proxy()->rowCount(), 1);
        QCOMPARE(idAt(results, 0), kept);
        filter->setCurrentIndex(filter->findText(u"Not kept"_s));
        window.results()->table()->selectRow(0);
        QVERIFY(window.grab().save(QDir(QStringLiteral(ORPHANSCOPE_DOCS_DIR)).filePath(u"screenshot-triage.png"_s)));

        // A rescan (in a new window, as after a restart): decisions, note and counts come back;
        // the kept file is counted as kept, not reported.
        scan(window);
        const ScanResult again = *window.lastResult(); // lastResult() is a copy
        QCOMPARE(int(again.totalOrphans()), orphans - 1);
        QCOMPARE(again.kept.size(), 1);
        QCOMPARE(again.kept.constFirst().publicId, kept);
        const auto restartedOwner = openWindow(&settings);
        MainWindow &restarted = *restartedOwner;
        scan(restarted);
        ResultsView *after = restarted.results();
        QCOMPARE(after->proxy()->rowCount(), orphans - 1); // "Not kept"
        QCOMPARE(decisionOf(after, kept), Decision::Keep);
        QCOMPARE(decisionOf(after, marked.at(0)), Decision::Delete);
        QCOMPARE(decisionOf(after, marked.at(1)), Decision::Delete);
        QCOMPARE(decisionOf(after, marked.at(2)), Decision::Undecided);
        QCOMPARE(noteOf(after, marked.at(0)), u"asked marketing, 29 Nov"_s);
        QCOMPARE(reviewCard(restarted), u"2 marked / 1 kept · %1 undecided"_s.arg(orphans - 3));
    }

    // Edit → Delete marked… backs the two marked files up and deletes them; File → Restore
    // deleted files… lists the backups and uploads them again.
    void deleteMarkedThenRestore()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const auto windowOwner = openWindow(&settings);
        MainWindow &window = *windowOwner;
        scan(window);
        const int before = int(window.lastResult()->totalOrphans());
        QAction *deleteMarked = action(window, u"Delete &marked…"_s);
        QVERIFY(deleteMarked && deleteMarked->isEnabled());
        deleteMarked->trigger();
        auto *dialog = window.findChild<DeleteDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->backupBox()->isChecked());
        QTest::keyClicks(dialog->confirmationEdit(), dialog->confirmationPhrase());
        QVERIFY(dialog->deleteButton()->isEnabled());
        QSignalSpy done(dialog, &DeleteDialog::done);
        dialog->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30'000);
        const auto summary = done.at(0).at(0).value<DeletionSummary>();
        QCOMPARE(summary.count(DeletionOutcome::Deleted), 2);
        QCOMPARE(summary.filesBackedUp, 2);
        dialog->close();
        QCOMPARE(int(window.lastResult()->orphans.size()), before - 2);

        QAction *restore = action(window, u"&Restore deleted files…"_s);
        QVERIFY(restore);
        restore->trigger();
        auto *restoreDialog = window.findChild<RestoreDialog *>();
        QVERIFY(restoreDialog);
        QCOMPARE(restoreDialog->backups()->topLevelItemCount(), 2);
        QVERIFY(!restoreDialog->restoreButton()->isEnabled());
        for (int i = 0; i < 2; ++i)
            restoreDialog->backups()->topLevelItem(i)->setCheckState(0, Qt::Checked);
        QCOMPARE(restoreDialog->restoreButton()->text(), u"Restore 2 files"_s);
        QTest::qWait(50); // the button box lays the longer text out
        QVERIFY(restoreDialog->grab().save(QDir(QStringLiteral(ORPHANSCOPE_DOCS_DIR)).filePath(u"screenshot-restore.png"_s)));
        QSignalSpy restored(restoreDialog, &RestoreDialog::done);
        restoreDialog->restoreButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 30'000);
        QCOMPARE(restored.at(0).at(0).value<RestoreSummary>().count(DeletionOutcome::Restored), 2);
        QVERIFY2(restoreDialog->outcomes()->toPlainText().contains(u"Done: 2 restored"_s), qPrintable(restoreDialog->outcomes()->toPlainText()));
        restoreDialog->close();

        // Back in the account, undecided (their decisions were done with), as orphans again.
        scan(window);
        QCOMPARE(int(window.lastResult()->totalOrphans()), before);
        QCOMPARE(window.findChild<QLabel *>(u"reviewCardValue"_s)->text(), u"0 marked"_s);
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
