#include "subcommand.h"

using namespace Qt::Literals::StringLiterals;

namespace Orphanscope::Cli {

std::optional<int> Subcommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description) const
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1); // the command word
    if (!parser.parse(withoutCommand))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, u"Usage: orphanscope-cli %1 [options]\n"_s.arg(m_name) + parser.helpText().section(u'\n', 1));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

void Subcommand::print(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toUtf8().constData());
    std::fflush(stream);
}

int Subcommand::usage(const QString &message) const
{
    print(stderr, u"orphanscope-cli %1: error: %2"_s.arg(m_name, message));
    return 2;
}

int Subcommand::failure(const QString &message) const
{
    print(stderr, u"orphanscope-cli %1: error: %2"_s.arg(m_name, message));
    return 1;
}

void Subcommand::warning(const QString &message) const
{
    print(stderr, u"orphanscope-cli %1: warning: %2"_s.arg(m_name, message));
}

} // namespace Orphanscope::Cli
