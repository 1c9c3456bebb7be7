#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace Orphanscope::Cli {

// What the subcommands (delete, decisions, restore) share: their output and their errors,
// "orphanscope-cli COMMAND: error: …", with the exit codes 1 (failure) and 2 (usage).
class Subcommand
{
public:
    explicit Subcommand(QString name) : m_name(std::move(name)) {}

    // Parses the arguments after the command word. Returns an exit code when the command is
    // done already: 0 after --help, 2 after a usage error.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description) const;

    static void print(FILE *stream, const QString &text);
    int usage(const QString &message) const;   // prints, returns 2
    int failure(const QString &message) const; // prints, returns 1
    void warning(const QString &message) const;

private:
    QString m_name;
};

} // namespace Orphanscope::Cli
