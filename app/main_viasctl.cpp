// viasctl: the headless twin of the console. Lists VIAS tasks (all pages or
// one), shows one task, and exports them as a table, CSV, JSON, JSON Lines or
// XLSX; links api/ and models/ only (QtCore + QtNetwork, no widgets).
// Command-line reference: docs/VIASCTL.md.
#include "app/viasctl/cliio.h"
#include "app/viasctl/commands.h"
#include "app/viasctl/exitcodes.h"
#include "app/viasctl/options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

using namespace vias::cli;

namespace {

void writeStdout(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString topHelp()
{
    return QCoreApplication::translate(
        "viasctl",
        "Usage: viasctl <command> [options]\n"
        "\n"
        "List and export Huawei Cloud VIAS video analysis tasks.\n"
        "\n"
        "Commands:\n"
        "  tasks list     List tasks (all pages, or one with --offset/--limit) as a table,\n"
        "                 CSV, JSON, JSON Lines or XLSX.\n"
        "  tasks get ID   Show one task as JSON or a field table.\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help. Each command has its own --help.\n"
        "  -v, --version  Show the version.\n"
        "\n"
        "Exit status: 0 ok, 2 usage, 3 authentication/permission refused, 4 other API\n"
        "error, 5 network/timeout/TLS, 6 output not written. See docs/VIASCTL.md.\n");
}

QString tasksHelp()
{
    return QCoreApplication::translate(
        "viasctl", "Usage: viasctl tasks <list|get> [options]\n"
                   "\n"
                   "  list           List tasks. See: viasctl tasks list --help\n"
                   "  get TASK_ID    Show one task. See: viasctl tasks get --help\n");
}

int usageError(const QString &message, const QString &command)
{
    printError(message);
    writeStderr(QCoreApplication::translate("viasctl", "Try '%1 --help'.\n").arg(command));
    return ExitUsage;
}

// Parses the arguments after "viasctl tasks <sub>"; returns -1 to continue
// or an exit status (help printed, usage error).
int parseSubcommand(QCommandLineParser &parser, const QStringList &args, const QString &command,
                    const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("viasctl", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{command} + args))
        return usageError(parser.errorText(), command);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The first line names the executable path; show the command instead.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        text = usage + text.mid(eol);
        writeStdout(text);
        return ExitOk;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("viasctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIAS_VERSION));

    const QStringList args = app.arguments().mid(1);
    const QString first = args.value(0);
    if (args.isEmpty()) {
        writeStderr(topHelp());
        return ExitUsage;
    }
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help") ||
        first == QLatin1StringView("help")) {
        writeStdout(topHelp());
        return ExitOk;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        writeStdout(QStringLiteral("viasctl %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (first != QLatin1StringView("tasks"))
        return usageError(
            QCoreApplication::translate("viasctl", "Unknown command \"%1\".").arg(first),
            QStringLiteral("viasctl"));

    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == QLatin1StringView("-h") || sub == QLatin1StringView("--help")) {
        (sub.isEmpty() ? writeStderr(tasksHelp()) : writeStdout(tasksHelp()));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QCommandLineParser parser;
    if (sub == QLatin1StringView("list")) {
        const QString command = QStringLiteral("viasctl tasks list");
        addListOptions(parser);
        const int parsed = parseSubcommand(
            parser, args.mid(2), command,
            QCoreApplication::translate("viasctl", "Usage: viasctl tasks list [options]"));
        if (parsed >= 0)
            return parsed;
        ListOptions options;
        QString error;
        if (!readListOptions(parser, &options, &error))
            return usageError(error, command);
        return runTasksList(options, env);
    }
    if (sub == QLatin1StringView("get")) {
        const QString command = QStringLiteral("viasctl tasks get");
        addGetOptions(parser);
        const int parsed = parseSubcommand(
            parser, args.mid(2), command,
            QCoreApplication::translate("viasctl", "Usage: viasctl tasks get TASK_ID [options]"));
        if (parsed >= 0)
            return parsed;
        GetOptions options;
        QString error;
        if (!readGetOptions(parser, &options, &error))
            return usageError(error, command);
        return runTasksGet(options, env);
    }
    return usageError(
        QCoreApplication::translate("viasctl", "Unknown command \"tasks %1\": use list or get.")
            .arg(sub),
        QStringLiteral("viasctl tasks"));
}
